import type { DataSource, EntityManager } from 'typeorm';
import { commandOf } from './sql-layout';

/**
 * Stands in for TypeORM's `query` (of an EntityManager or a DataSource): records each statement and
 * answers it as PostgresQueryRunner would, from the answers given in turn or else with one row of
 * nothing (`[rows, affected]` for an UPDATE or DELETE), so that a method runs through to its last statement.
 */
export class RecordingDatabase {
  readonly statements: string[] = [];

  constructor(private readonly answers: unknown[] = []) {}

  async query(sql: string): Promise<unknown> {
    // A prepared statement (preparedStatement) arrives as an object that reads as its text.
    sql = String(sql);
    this.statements.push(sql);
    if (this.answers.length > 0) return this.answers.shift();
    const command = commandOf(sql);
    return command === 'UPDATE' || command === 'DELETE' ? [[{}], 1] : [{}];
  }

  /** Repositories take the EntityManager; all they call on it is `query`. */
  get manager(): EntityManager {
    return this as unknown as EntityManager;
  }

  get dataSource(): DataSource {
    return this as unknown as DataSource;
  }
}
