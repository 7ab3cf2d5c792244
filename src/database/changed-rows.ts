import type { EntityManager } from 'typeorm';

/** What sends a statement: an EntityManager (in a transaction or not) or the DataSource. */
export type Queryable = Pick<EntityManager, 'query'>;

/**
 * TypeORM's `query` answers most statements with their rows, but an UPDATE or DELETE (the
 * statement's own command, whatever its CTEs do) with `[rows, affected]` (PostgresQueryRunner).
 * Any other answer is refused: a statement that is no UPDATE or DELETE would otherwise hand back
 * its first row as if it were the rows.
 */
async function changed<T>(db: Queryable, sql: string, params: unknown[]): Promise<[rows: T[], affected: number]> {
  const answer: unknown = await db.query(sql, params);
  if (!Array.isArray(answer) || answer.length !== 2 || !Array.isArray(answer[0]) || typeof answer[1] !== 'number') {
    throw new Error('Expected the [rows, affected] of an UPDATE or DELETE');
  }
  return answer as [T[], number];
}

/** The rows an UPDATE or DELETE ... RETURNING gives back. */
export async function returnedRows<T>(db: Queryable, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = await changed<T>(db, sql, params);
  return rows;
}

/** How many rows an UPDATE or DELETE changed. */
export async function affectedCount(db: Queryable, sql: string, params: unknown[]): Promise<number> {
  const [, affected] = await changed(db, sql, params);
  return affected;
}
