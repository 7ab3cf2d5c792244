import { Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@src/database/data-source-options';
import { TEST_DATABASE_URL } from '@test/support/test-env';

/**
 * The service's connections send a transaction's BEGIN in the same write as its first statement
 * (src/database/begin-with-first-statement.ts): the statements still run inside the transaction,
 * a failure still rolls all of it back, the isolation level still holds, and the connection goes
 * back to the pool clean.
 */
describe('BEGIN sent with the first statement', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL, { poolSize: 1 })).initialize();
    await dataSource.query('CREATE TABLE IF NOT EXISTS medium_begin_probe (n int)');
  });

  afterAll(async () => {
    await dataSource.query('DROP TABLE medium_begin_probe');
    await dataSource.destroy();
  });

  /** The socket writes (system calls) `work` makes, counted on every socket of the process. */
  async function socketWrites(work: () => Promise<unknown>): Promise<number> {
    const single = jest.spyOn(Socket.prototype as unknown as { _write: () => void }, '_write');
    const gathered = jest.spyOn(Socket.prototype as unknown as { _writev: () => void }, '_writev');
    try {
      await work();
      return single.mock.calls.length + gathered.mock.calls.length;
    } finally {
      single.mockRestore();
      gathered.mockRestore();
    }
  }

  it('runs the first statement inside the transaction, in one write with the BEGIN', async () => {
    let ids: string[] = [];
    const writes = await socketWrites(() =>
      dataSource.transaction(async (db) => {
        const [first] = await db.query('SELECT txid_current()::text AS id');
        const [second] = await db.query('SELECT txid_current()::text AS id');
        ids = [first.id, second.id];
      }),
    );
    // Both statements saw the same transaction: the first was not run on its own before the BEGIN.
    expect(ids[0]).toBe(ids[1]);
    // BEGIN with the first statement, the second, COMMIT.
    expect(writes).toBe(3);
  });

  it('rolls back everything when a later statement fails, and leaves the connection clean', async () => {
    await expect(
      dataSource.transaction(async (db) => {
        await db.query('INSERT INTO medium_begin_probe (n) VALUES (1)');
        await db.query('SELECT 1 / 0');
      }),
    ).rejects.toThrow('division by zero');
    expect(await dataSource.query('SELECT count(*)::int AS n FROM medium_begin_probe')).toEqual([{ n: 0 }]);
    // The pool's one connection is outside any transaction again: its next statement runs alone.
    const [{ inTransaction }] = await dataSource.query(
      `SELECT now() <> statement_timestamp() OR txid_current_if_assigned() IS NOT NULL AS "inTransaction"`,
    );
    expect(inTransaction).toBe(false);
  });

  it('fails the transaction when its first statement fails, and commits the next one', async () => {
    await expect(dataSource.transaction((db) => db.query('SELECT * FROM no_such_table'))).rejects.toThrow(
      'no_such_table',
    );
    await dataSource.transaction((db) => db.query('INSERT INTO medium_begin_probe (n) VALUES (2)'));
    expect(await dataSource.query('SELECT n FROM medium_begin_probe')).toEqual([{ n: 2 }]);
  });

  it('keeps the isolation level the transaction asked for', async () => {
    const [{ level }] = await dataSource.transaction('REPEATABLE READ', (db) =>
      db.query('SELECT current_setting($1) AS level', ['transaction_isolation']),
    );
    expect(level).toBe('repeatable read');
  });
});
