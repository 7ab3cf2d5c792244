import type { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in a transaction of its own, rolled back after: what it added leaves no trace for other tests. */
export async function rolledBack<T>(db: DataSource, work: (db: EntityManager) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.startTransaction();
  try {
    return await work(runner.manager);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}

/**
 * Gathers the planner's statistics of `tables` in `db`'s transaction. Only the tables' owner may
 * (the service's role is skipped with a warning): the login user, for this statement alone.
 */
export async function analyse(db: EntityManager, tables: string[]): Promise<void> {
  const [{ role }] = await db.query(`SELECT quote_ident(current_user) AS role`);
  await db.query(`SET LOCAL ROLE NONE`);
  await db.query(`ANALYZE ${tables.join(', ')}`);
  await db.query(`SET LOCAL ROLE ${role}`);
}

/** The rows of each of `tables` that `read` read, by sequential and by index scans, in `db`'s transaction. */
export async function rowsRead(
  db: EntityManager,
  tables: string[],
  read: () => Promise<unknown>,
): Promise<Record<string, number>> {
  const counts = async (): Promise<(table: string) => number> => {
    const rows: { relname: string; rows: number }[] = await db.query(
      `SELECT relname, (seq_tup_read + coalesce(idx_tup_fetch, 0))::int AS rows
       FROM pg_stat_xact_user_tables WHERE relname = ANY($1)`,
      [tables],
    );
    const byTable = new Map(rows.map((row) => [row.relname, row.rows]));
    return (table) => byTable.get(table) ?? 0;
  };
  const before = await counts();
  await read();
  const after = await counts();
  return Object.fromEntries(tables.map((table) => [table, after(table) - before(table)]));
}
