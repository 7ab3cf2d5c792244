import { Client, type ClientConfig, type QueryResult } from 'pg';
import type { EntityManager } from 'typeorm';

/** What TypeORM sends to open, commit and roll back a transaction (`PostgresQueryRunner`). */
const TYPEORM_BEGIN = 'START TRANSACTION';
const COMMIT = 'COMMIT';
const ROLLBACK = 'ROLLBACK';
const BEGUN = { command: 'BEGIN', rowCount: null, oid: 0, rows: [], fields: [] } as unknown as QueryResult;

type LooseQuery = (...args: unknown[]) => unknown;

/**
 * A node-postgres client that sends a transaction's BEGIN in the same write as its first
 * statement, and, when asked (`commitWithNextStatement`), its COMMIT in the same write as its last. An
 * event's transaction (row lock, then the write) is two round trips instead of four (README
 * "Benchmark").
 *
 * TypeORM awaits its START TRANSACTION before sending anything else; this client answers it at
 * once and owes it to the server, then writes it and the next statement together. The pool runs
 * in node-postgres's pipeline mode, so the second is sent without waiting for the first; the
 * server runs them in order, so the statement runs inside the transaction as before. If the owed
 * BEGIN fails (only a broken connection makes it fail), the statement sent with it fails with it.
 *
 * A COMMIT sent with the last statement is what TypeORM's own COMMIT is then answered with. If
 * that statement fails, the server turns the COMMIT into a ROLLBACK (the transaction is aborted),
 * which is what TypeORM's ROLLBACK then gets. Once the COMMIT is on the wire nothing else may run
 * in the transaction: a statement would run outside it, so it is refused.
 */
export class TransactionPipelineClient extends Client {
  private beginOwed = false;
  private commitAfterNext = false;
  private commitSent?: Promise<QueryResult>;

  constructor(config: ClientConfig) {
    super({ ...config, pipeline: true });
  }

  /** The next statement is the transaction's last: its COMMIT goes with it. */
  commitWithNextStatement(): void {
    this.commitAfterNext = true;
  }

  override query(...args: unknown[]): never {
    const send = super.query.bind(this) as LooseQuery;
    const bare = args[1] === undefined && args[2] === undefined;
    if (this.commitSent) return this.endSentTransaction(bare ? args[0] : undefined) as never;
    if (args[0] === TYPEORM_BEGIN && bare) {
      this.beginOwed = true;
      return Promise.resolve(BEGUN) as never;
    }
    if (!this.beginOwed && !this.commitAfterNext) return send(...args) as never;
    const sendBegin = this.beginOwed;
    const sendCommit = this.commitAfterNext;
    this.beginOwed = this.commitAfterNext = false;
    // One write for all of them: corked, the socket sends what the queries wrote in one system call.
    this.connection.stream.cork();
    try {
      const begun = sendBegin ? (send(TYPEORM_BEGIN) as Promise<QueryResult>) : undefined;
      const answered = send(...args) as Promise<QueryResult>;
      if (sendCommit) {
        this.commitSent = send(COMMIT) as Promise<QueryResult>;
        // Awaited by TypeORM's COMMIT or ROLLBACK; until then its failure is not unhandled.
        this.commitSent.catch(() => undefined);
      }
      return (begun ? Promise.all([begun, answered]).then(([, result]) => result) : answered) as never;
    } finally {
      this.connection.stream.uncork();
    }
  }

  /** TypeORM's COMMIT or ROLLBACK after the COMMIT went with the last statement: both get its answer. */
  private async endSentTransaction(statement: unknown): Promise<QueryResult> {
    const sent = this.commitSent!;
    this.commitSent = undefined;
    if (statement !== COMMIT && statement !== ROLLBACK) {
      await sent.catch(() => undefined);
      throw new Error('The transaction has ended: its COMMIT went with its last statement');
    }
    const ended = await sent;
    // A failed last statement turns the COMMIT into a ROLLBACK: a caller that went on to commit is told.
    if (statement === COMMIT && ended.command !== COMMIT) throw new Error('The transaction was rolled back');
    if (statement === ROLLBACK && ended.command === COMMIT) {
      throw new Error('The transaction had committed with its last statement before the rollback was asked for');
    }
    return ended;
  }
}

/**
 * Makes the next statement sent in the transaction `db` belongs to its last: its COMMIT goes in
 * the same round trip. Nothing may follow that statement in the transaction, and nothing after it
 * may refuse the work: once it succeeds the transaction has committed.
 */
export async function commitWithNextStatement(db: EntityManager): Promise<void> {
  const runner = db.queryRunner as (typeof db.queryRunner & { transactionDepth: number }) | undefined;
  if (!runner?.isTransactionActive || runner.transactionDepth !== 1) {
    throw new Error('Only an outermost transaction can commit with its last statement');
  }
  const client: unknown = await runner.connect();
  if (!(client instanceof TransactionPipelineClient)) throw new Error('The pool does not pipeline transactions');
  client.commitWithNextStatement();
}
