import { Client } from 'pg';
import { freshDatabase } from '@scripts/support/fresh-database';
import { pgUrl, SETTINGS } from './settings';

/** Drops and recreates the bench database, then runs the service's own migrations on it. */
export async function freshBenchDatabase(): Promise<string> {
  const url = pgUrl(SETTINGS.database);
  await freshDatabase(url);
  return url;
}

/** Runs a few queries on the bench database with one short-lived connection. */
export async function withDatabase<T>(url: string, work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
