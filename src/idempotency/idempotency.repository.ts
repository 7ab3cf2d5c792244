import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface StoredAnswer {
  requestHash: string;
  status: number | null;
  response: unknown;
}

@Injectable()
export class IdempotencyRepository {
  /** True when this call is the first with the key; the row then marks the request as running. */
  async claim(db: EntityManager, staffId: string, key: string, requestHash: string): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO idempotency_keys (staff_id, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (staff_id, key) DO NOTHING RETURNING key`,
      [staffId, key, requestHash],
    );
    return rows.length === 1;
  }

  async find(db: EntityManager, staffId: string, key: string): Promise<StoredAnswer | undefined> {
    const rows = await db.query(
      `SELECT request_hash AS "requestHash", status, response FROM idempotency_keys WHERE staff_id = $1 AND key = $2`,
      [staffId, key],
    );
    return rows[0];
  }

  async complete(db: EntityManager, staffId: string, key: string, status: number, response: unknown): Promise<void> {
    await db.query(`UPDATE idempotency_keys SET status = $3, response = $4 WHERE staff_id = $1 AND key = $2`, [
      staffId,
      key,
      status,
      JSON.stringify(response ?? null),
    ]);
  }

  /** A refused request stores nothing: the client may correct it and retry with the same key. */
  async release(db: EntityManager, staffId: string, key: string): Promise<void> {
    await db.query(`DELETE FROM idempotency_keys WHERE staff_id = $1 AND key = $2 AND status IS NULL`, [staffId, key]);
  }
}
