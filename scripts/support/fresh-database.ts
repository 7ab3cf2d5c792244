import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@src/database/data-source-options';

/**
 * Drops and re-creates the database named in `databaseUrl`, then migrates it the way production
 * is migrated. For the tests, the demo and the benchmark, never for a real deployment.
 */
export async function freshDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
