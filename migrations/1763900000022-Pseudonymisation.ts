import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns that identify a citizen: all present until pseudonymisation, none after it. */
const IDENTIFYING = 'cpr_hash, cpr_encrypted, name_encrypted, birth_date';

/**
 * Erasure by pseudonymisation once the retention after a citizen's last course has run out
 * (README, "Data subject requests"): the citizen's identifying columns may be empty, the referral
 * keeps the age the reports count, and the event log lets pseudonymisation, and nothing else,
 * rewrite a payload.
 */
export class Pseudonymisation1763900000022 implements MigrationInterface {
  name = 'Pseudonymisation1763900000022';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE citizens
        ALTER COLUMN cpr_hash DROP NOT NULL,
        ALTER COLUMN cpr_encrypted DROP NOT NULL,
        ALTER COLUMN name_encrypted DROP NOT NULL,
        ALTER COLUMN birth_date DROP NOT NULL,
        ADD COLUMN pseudonymised_at timestamptz,
        ADD CONSTRAINT citizens_identified_until_pseudonymised CHECK (
          CASE WHEN pseudonymised_at IS NULL THEN num_nulls(${IDENTIFYING}) = 0 ELSE num_nonnulls(${IDENTIFYING}) = 0 END)`);
    // The outcome report's age at referral, derived from the birth date while there is one.
    await db.query(`ALTER TABLE referrals ADD COLUMN citizen_age_at_referral smallint`);
    // The export's and erasure's look for a citizen's rows, where no index led there yet: their closed
    // courses, and the rows of those courses in the outbox, the inboxes, the closure proposals and
    // the stored referral answers.
    await db.query(`CREATE INDEX courses_by_citizen ON courses (citizen_id)`);
    await db.query(`CREATE INDEX outbox_by_course ON outbox (course_id)`);
    await db.query(`CREATE INDEX notifications_by_course ON notifications (course_id)`);
    await db.query(`CREATE INDEX closure_proposals_by_course ON closure_proposals (course_id)`);
    await db.query(`CREATE INDEX idempotency_keys_by_course ON idempotency_keys ((response ->> 'courseId'))`);

    // The log stays append-only: no delete, no truncate, and an update only of a payload, only while
    // the transaction says it pseudonymises (SET LOCAL icm.pseudonymising = 'on').
    await db.query(`DROP TRIGGER course_events_append_only ON course_events`);
    await db.query(`
      CREATE TRIGGER course_events_append_only BEFORE DELETE OR TRUNCATE ON course_events
      FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewriting_history()`);
    await db.query(`
      CREATE FUNCTION allow_only_pseudonymised_payloads() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('icm.pseudonymising', true) = 'on' AND to_jsonb(NEW) - 'payload' = to_jsonb(OLD) - 'payload' THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION '% is append-only: only pseudonymisation may rewrite a payload', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER course_events_pseudonymised_payloads_only BEFORE UPDATE ON course_events
      FOR EACH ROW EXECUTE FUNCTION allow_only_pseudonymised_payloads()`);
  }

  /** Refused (by NOT NULL) once a citizen has been pseudonymised: their data cannot come back. */
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER course_events_pseudonymised_payloads_only ON course_events`);
    await db.query(`DROP FUNCTION allow_only_pseudonymised_payloads`);
    await db.query(`DROP TRIGGER course_events_append_only ON course_events`);
    await db.query(`
      CREATE TRIGGER course_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON course_events
      FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewriting_history()`);
    await db.query(
      `DROP INDEX idempotency_keys_by_course, closure_proposals_by_course, notifications_by_course, outbox_by_course, courses_by_citizen`,
    );
    await db.query(`ALTER TABLE referrals DROP COLUMN citizen_age_at_referral`);
    await db.query(`
      ALTER TABLE citizens
        DROP CONSTRAINT citizens_identified_until_pseudonymised,
        DROP COLUMN pseudonymised_at,
        ALTER COLUMN cpr_hash SET NOT NULL,
        ALTER COLUMN cpr_encrypted SET NOT NULL,
        ALTER COLUMN name_encrypted SET NOT NULL,
        ALTER COLUMN birth_date SET NOT NULL`);
  }
}
