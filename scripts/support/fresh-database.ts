import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@src/database/data-source-options';

/** Runs `work` on the server of `databaseUrl`, connected to its `postgres` database, with the name of the one in the URL. */
async function onServer(databaseUrl: string, work: (admin: Client, name: string) => Promise<void>): Promise<void> {
  const url = new URL(databaseUrl);
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    await work(admin, url.pathname.slice(1));
  } finally {
    await admin.end();
  }
}

const dropStatement = (name: string) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`;

/** Drops the database named in `databaseUrl`, and whoever is still connected to it. For the tests only. */
export function dropDatabase(databaseUrl: string): Promise<void> {
  return onServer(databaseUrl, async (admin, name) => {
    await admin.query(dropStatement(name));
  });
}

/**
 * Drops and re-creates the database named in `databaseUrl`, then migrates it the way production
 * is migrated. For the tests, the demo and the benchmark, never for a real deployment.
 */
export async function freshDatabase(databaseUrl: string): Promise<void> {
  await onServer(databaseUrl, async (admin, name) => {
    await admin.query(dropStatement(name));
    await admin.query(`CREATE DATABASE "${name}"`);
  });
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}
