import { Client, type ClientConfig, type QueryResult } from 'pg';

/** What TypeORM sends to open a transaction (`PostgresQueryRunner.startTransaction`). */
const TYPEORM_BEGIN = 'START TRANSACTION';
const BEGUN = { command: 'BEGIN', rowCount: null, oid: 0, rows: [], fields: [] } as unknown as QueryResult;

type LooseQuery = (...args: unknown[]) => unknown;

/**
 * A node-postgres client that sends a transaction's BEGIN in the same write as its first
 * statement, so that opening a transaction costs no round trip of its own: an event's transaction
 * is BEGIN + row lock, the write, COMMIT in three round trips instead of four (README "Benchmark").
 *
 * TypeORM awaits its START TRANSACTION before sending anything else; this client answers it at
 * once and owes it to the server, then writes it and the next statement together. The pool runs
 * in node-postgres's pipeline mode, so the second is sent without waiting for the first; the
 * server runs them in order, so the statement runs inside the transaction as before. Every other
 * statement is awaited one at a time by its caller, as it always was. If the owed BEGIN fails
 * (only a broken connection makes it fail), the statement sent with it fails with it.
 */
export class BeginWithFirstStatementClient extends Client {
  private beginOwed = false;

  constructor(config: ClientConfig) {
    super({ ...config, pipeline: true });
  }

  override query(...args: unknown[]): never {
    const send = super.query.bind(this) as LooseQuery;
    if (args[0] === TYPEORM_BEGIN && args[1] === undefined && args[2] === undefined) {
      this.beginOwed = true;
      return Promise.resolve(BEGUN) as never;
    }
    if (!this.beginOwed) return send(...args) as never;
    this.beginOwed = false;
    // One write for both: corked, the socket sends what the two queries wrote in one system call.
    this.connection.stream.cork();
    try {
      const begun = send(TYPEORM_BEGIN) as Promise<QueryResult>;
      const answered = send(...args);
      if (!(answered instanceof Promise)) {
        begun.catch(() => undefined);
        return answered as never;
      }
      return Promise.all([begun, answered]).then(([, result]) => result) as never;
    } finally {
      this.connection.stream.uncork();
    }
  }
}
