import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface OutboxRow {
  id: string;
  courseId: string | null;
  eventSeq: number | null;
  kind: string;
  payload: unknown;
  dueAt: Date;
}

export interface SideEffect {
  kind: string;
  payload: object;
  dueAt: string;
}

/** Every query on the outbox: writes by the course runtime and staff changes, claims by the relay. */
@Injectable()
export class OutboxRepository {
  /** One outbox row per side effect, in a single statement. */
  async enqueueSideEffects(db: EntityManager, courseId: string, seq: number, effects: SideEffect[]): Promise<void> {
    if (effects.length === 0) return;
    await db.query(
      `INSERT INTO outbox (course_id, event_seq, kind, payload, due_at)
       SELECT $1, $2, effect.kind, effect.payload, effect.due_at
       FROM unnest($3::text[], $4::jsonb[], $5::timestamptz[]) AS effect (kind, payload, due_at)`,
      [courseId, seq, effects.map((e) => e.kind), effects.map((e) => JSON.stringify(e.payload)), effects.map((e) => e.dueAt)],
    );
  }

  /** Claims the oldest unsent rows; rows another relay holds are skipped, not waited for. */
  async claimUnsent(db: EntityManager, limit: number): Promise<OutboxRow[]> {
    return db.query(
      `SELECT id::text, course_id AS "courseId", event_seq AS "eventSeq", kind, payload, due_at AS "dueAt"
       FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markSent(db: EntityManager, ids: string[]): Promise<void> {
    await db.query(`UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [ids]);
  }

  /** A side effect of a staff change rather than of a course event. */
  async enqueueStaffSideEffect(db: EntityManager, kind: string, payload: object): Promise<void> {
    await db.query(`INSERT INTO outbox (kind, payload) VALUES ($1, $2)`, [kind, payload]);
  }
}
