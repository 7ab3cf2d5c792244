import { Socket } from 'node:net';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@src/database/data-source-options';
import { commitWithNextStatement } from '@src/database/transaction-pipeline';
import { TEST_DATABASE_URL } from '@test/support/test-env';

/**
 * The service's connections send a transaction's BEGIN in the same write as its first statement,
 * and, when asked, its COMMIT in the same write as its last (src/database/transaction-pipeline.ts):
 * the statements still run inside the transaction, a failure still rolls all of it back, the
 * isolation level still holds, and the connection goes back to the pool clean.
 */
describe('BEGIN sent with the first statement, COMMIT with the last', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await new DataSource(dataSourceOptions(TEST_DATABASE_URL, { poolSize: 1 })).initialize();
    await dataSource.query('CREATE TABLE IF NOT EXISTS medium_begin_probe (n int)');
  });

  afterAll(async () => {
    await dataSource.query('DROP TABLE medium_begin_probe');
    await dataSource.destroy();
  });

  const probeRows = () => dataSource.query('SELECT n FROM medium_begin_probe ORDER BY n');

  /** Whether the pool's one connection is outside any transaction: its next statement runs alone. */
  async function connectionIsClean(): Promise<boolean> {
    const [{ inTransaction }] = await dataSource.query(
      `SELECT now() <> statement_timestamp() OR txid_current_if_assigned() IS NOT NULL AS "inTransaction"`,
    );
    return !inTransaction;
  }

  beforeEach(() => dataSource.query('TRUNCATE medium_begin_probe'));

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
    expect(await probeRows()).toEqual([]);
    expect(await connectionIsClean()).toBe(true);
  });

  it('fails the transaction when its first statement fails, and commits the next one', async () => {
    await expect(dataSource.transaction((db) => db.query('SELECT * FROM no_such_table'))).rejects.toThrow(
      'no_such_table',
    );
    await dataSource.transaction((db) => db.query('INSERT INTO medium_begin_probe (n) VALUES (2)'));
    expect(await probeRows()).toEqual([{ n: 2 }]);
  });

  it('keeps the isolation level the transaction asked for', async () => {
    const [{ level }] = await dataSource.transaction('REPEATABLE READ', (db) =>
      db.query('SELECT current_setting($1) AS level', ['transaction_isolation']),
    );
    expect(level).toBe('repeatable read');
  });

  it('commits in the same write as the last statement: the whole transaction is two writes', async () => {
    let ids: string[] = [];
    const writes = await socketWrites(() =>
      dataSource.transaction(async (db) => {
        const [first] = await db.query('SELECT txid_current()::text AS id');
        await commitWithNextStatement(db);
        const [last] = await db.query(
          'INSERT INTO medium_begin_probe (n) VALUES (3) RETURNING txid_current()::text AS id',
        );
        ids = [first.id, last.id];
      }),
    );
    expect(ids[0]).toBe(ids[1]);
    expect(writes).toBe(2);
    expect(await probeRows()).toEqual([{ n: 3 }]);
    expect(await connectionIsClean()).toBe(true);
  });

  it('rolls back everything when the statement sent with the COMMIT fails', async () => {
    await expect(
      dataSource.transaction(async (db) => {
        await db.query('INSERT INTO medium_begin_probe (n) VALUES (4)');
        await commitWithNextStatement(db);
        await db.query('INSERT INTO medium_begin_probe (n) VALUES (1 / 0)');
      }),
    ).rejects.toThrow('division by zero');
    expect(await probeRows()).toEqual([]);
    expect(await connectionIsClean()).toBe(true);
  });

  it('fails a transaction that goes on to commit after its last statement failed', async () => {
    await expect(
      dataSource.transaction(async (db) => {
        await db.query('INSERT INTO medium_begin_probe (n) VALUES (5)');
        await commitWithNextStatement(db);
        await db.query('SELECT 1 / 0').catch(() => undefined);
      }),
    ).rejects.toThrow('The transaction was rolled back');
    expect(await probeRows()).toEqual([]);
  });

  it('refuses a statement after the COMMIT went, rather than running it outside the transaction', async () => {
    await expect(
      dataSource.transaction(async (db) => {
        await commitWithNextStatement(db);
        await db.query('INSERT INTO medium_begin_probe (n) VALUES (6)');
        await db.query('INSERT INTO medium_begin_probe (n) VALUES (7)');
      }),
    ).rejects.toThrow('its COMMIT went with its last statement');
    // The last statement had committed with its transaction; the one after it never ran.
    expect(await probeRows()).toEqual([{ n: 6 }]);
    expect(await connectionIsClean()).toBe(true);
  });

  it('commits early only an outermost transaction', async () => {
    await expect(commitWithNextStatement(dataSource.manager)).rejects.toThrow('outermost transaction');
    await expect(
      dataSource.transaction((outer) => outer.transaction((inner) => commitWithNextStatement(inner))),
    ).rejects.toThrow('outermost transaction');
  });
});
