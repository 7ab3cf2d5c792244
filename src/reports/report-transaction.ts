import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a report's queries in one read-only snapshot, so that its figures are of one moment. The
 * queries sort and hash up to a million event rows: in memory rather than temporary files (JIT
 * compilation, which costs these one-off statements more than it saves, is off on every connection).
 */
export function inReportSnapshot<T>(dataSource: DataSource, work: (db: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('REPEATABLE READ', async (db) => {
    await db.query('SET TRANSACTION READ ONLY');
    await db.query(`SET LOCAL work_mem = '64MB'`);
    return work(db);
  });
}
