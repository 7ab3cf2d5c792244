import { join } from 'node:path';
import type { DataSourceOptions } from 'typeorm';

/** One definition for the service, the worker, the migration CLI and the tests. */
export function dataSourceOptions(databaseUrl: string, poolSize = 20): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    synchronize: false,
    migrationsRun: false,
    migrations: [join(__dirname, '..', '..', 'migrations', '*.{js,ts}')],
    migrationsTableName: 'schema_migrations',
    extra: { max: poolSize },
    logging: ['error'],
  };
}
