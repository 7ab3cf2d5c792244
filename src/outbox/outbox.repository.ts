import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestId } from '@src/logging/request-context';
import { preparedStatement } from '@src/database/prepared-statement';

export interface OutboxRow {
  id: string;
  courseId: string | null;
  eventSeq: number | null;
  kind: string;
  payload: unknown;
  dueAt: Date;
  createdAt: Date;
  /** The request whose transaction wrote the row (README, "Logs, request ids and hardening"). */
  requestId: string | null;
}

/** What the relay has yet to publish; the oldest row's age is its publish lag (0 when nothing waits). */
export interface OutboxBacklog {
  unsent: number;
  oldestUnsentAgeMs: number;
}

const ROW_COLUMNS = `id::text, course_id AS "courseId", event_seq AS "eventSeq", kind, payload, due_at AS "dueAt", created_at AS "createdAt",
  request_id AS "requestId"`;

/** Marks the outbox row whose id is parameter `param` done; also a CTE of the statements that do a job's work. */
export const MARK_OUTBOX_ROW_DONE = (param: number): string =>
  `UPDATE outbox SET done_at = now() WHERE id = $${param}::bigint AND done_at IS NULL`;

const MARK_DONE = preparedStatement('outbox-mark-done', MARK_OUTBOX_ROW_DONE(1));

/** Queries on the outbox: side effects of staff changes, and the relay's claims. Course events write theirs with the event. */
@Injectable()
export class OutboxRepository {
  /** Claims the oldest unsent rows; rows another relay holds are skipped, not waited for. */
  async claimUnsent(db: EntityManager, limit: number): Promise<OutboxRow[]> {
    return db.query(
      `SELECT ${ROW_COLUMNS} FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markSent(db: EntityManager, ids: string[]): Promise<void> {
    await db.query(`UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** The job of this row finished; the reconciler leaves it alone from now on. */
  async markDone(db: EntityManager, id: string): Promise<void> {
    await db.query(MARK_DONE, [id]);
  }

  /**
   * Published rows due long enough ago that their job should have finished, in due order; `after`
   * (the last row of the previous page) pages through them, past rows whose jobs are merely waiting.
   */
  async overdue(db: EntityManager, dueBefore: Date, after: OutboxRow | undefined, limit: number): Promise<OutboxRow[]> {
    return db.query(
      `SELECT ${ROW_COLUMNS} FROM outbox WHERE sent_at IS NOT NULL AND done_at IS NULL AND due_at < $1
         AND ($2::timestamptz IS NULL OR (due_at, id) > ($2, $3::bigint))
       ORDER BY due_at, id LIMIT $4`,
      [dueBefore, after?.dueAt ?? null, after?.id ?? null, limit],
    );
  }

  /** For readiness and metrics; both parts are read through the partial index on unsent rows. */
  async backlog(db: EntityManager): Promise<OutboxBacklog> {
    const [backlog] = await db.query(
      `SELECT (SELECT count(*)::int FROM outbox WHERE sent_at IS NULL) AS unsent,
              COALESCE((SELECT extract(epoch FROM now() - created_at) * 1000 FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1), 0)::float8
                AS "oldestUnsentAgeMs"`,
    );
    return backlog;
  }

  /** A side effect of a staff change rather than of a course event. */
  async enqueueStaffSideEffect(db: EntityManager, kind: string, payload: object): Promise<void> {
    await db.query(`INSERT INTO outbox (kind, payload, request_id) VALUES ($1, $2, $3)`, [
      kind,
      payload,
      currentRequestId() ?? null,
    ]);
  }
}
