import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The request id of the HTTP request (or of the job it led to) whose transaction wrote an outbox
 * row: the relay copies it into the job, so one escalation can be followed from the request that
 * recorded the miss to every job that fired its steps. Null for rows written before.
 */
export class RequestIds1763900000020 implements MigrationInterface {
  name = 'RequestIds1763900000020';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox ADD COLUMN request_id text`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox DROP COLUMN request_id`);
  }
}
