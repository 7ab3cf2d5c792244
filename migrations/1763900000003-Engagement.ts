import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Appointments, contacts, the timers that are PostgreSQL's record of everything due (Redis is only
 * the alarm clock), the outreach ladders and their steps; and the upgrade of version-1 courses to
 * version 2, whose phases run beside the new engagement region.
 */
export class Engagement1763900000003 implements MigrationInterface {
  name = 'Engagement1763900000003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE appointments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        kind text NOT NULL CHECK (kind IN ('treatment', 'psychiatry', 'job_centre', 'housing', 'meeting', 'home_visit', 'other')),
        service text,
        location text,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        accompanied_by_case_manager boolean NOT NULL DEFAULT false,
        cancelled_at timestamptz,
        cancel_reason text,
        attendance text CHECK (attendance IN ('attended', 'missed')),
        attendance_registered_at timestamptz,
        attendance_registered_by uuid,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A course's appointments in time order.
    await db.query(`CREATE INDEX appointments_by_course ON appointments (course_id, starts_at)`);
    await db.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        contact_at timestamptz NOT NULL,
        channel text NOT NULL CHECK (channel IN ('phone', 'sms', 'outreach_visit', 'meeting', 'via_partner')),
        successful boolean NOT NULL,
        whereabouts text,
        note text,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A course's contacts, newest first (and the last known whereabouts for an outreach visit).
    await db.query(`CREATE INDEX contacts_by_course ON contacts (course_id, contact_at DESC)`);
    // One row per timer a course has needed; (course, kind, subject) is never scheduled twice.
    await db.query(`
      CREATE TABLE timers (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        course_id uuid NOT NULL REFERENCES courses (id),
        kind text NOT NULL,
        subject text NOT NULL,
        due_at timestamptz NOT NULL,
        fired_at timestamptz,
        cancelled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (course_id, kind, subject)
      )`);
    // The reconciler's question: what is due and not done?
    await db.query(`CREATE INDEX timers_pending ON timers (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL`);
    await db.query(`
      CREATE TABLE escalation_ladders (
        course_id uuid NOT NULL REFERENCES courses (id),
        ladder integer NOT NULL CHECK (ladder > 0),
        started_at timestamptz NOT NULL,
        missed_appointment_id uuid REFERENCES appointments (id),
        ended_at timestamptz,
        PRIMARY KEY (course_id, ladder)
      )`);
    // A course has at most one running ladder.
    await db.query(
      `CREATE UNIQUE INDEX escalation_ladders_one_open ON escalation_ladders (course_id) WHERE ended_at IS NULL`,
    );
    // The lost-contact view: running ladders, longest first.
    await db.query(`CREATE INDEX escalation_ladders_open ON escalation_ladders (started_at) WHERE ended_at IS NULL`);
    // A fired step; the key on ladder and step makes firing one twice impossible.
    await db.query(`
      CREATE TABLE escalation_steps (
        course_id uuid NOT NULL,
        ladder integer NOT NULL,
        step integer NOT NULL CHECK (step > 0),
        level integer NOT NULL CHECK (level > 0),
        fired_at timestamptz NOT NULL,
        whereabouts jsonb NOT NULL DEFAULT '[]',
        acknowledged_at timestamptz,
        acknowledged_by uuid,
        planned_action text,
        PRIMARY KEY (course_id, ladder, step),
        FOREIGN KEY (course_id, ladder) REFERENCES escalation_ladders (course_id, ladder)
      )`);
    // A job's work is done (its processor returned): until then the reconciler re-enqueues it
    // when it is overdue, whether Redis lost it, BullMQ failed it, or no worker ran.
    await db.query(`ALTER TABLE outbox ADD COLUMN done_at timestamptz`);
    await db.query(`CREATE INDEX outbox_undone ON outbox (due_at) WHERE sent_at IS NOT NULL AND done_at IS NULL`);
    // Version-1 courses carry on as version 2: the same phase, engaged (ended if closed), with no
    // appointments, contacts or ladders yet. Their timers are scheduled by their next event.
    await db.query(`
      UPDATE courses c SET machine_version = 2, snapshot = c.snapshot
        || jsonb_build_object('value', jsonb_build_object(
             'course', c.snapshot -> 'value',
             'engagement', CASE WHEN c.phase = 'closed' THEN 'ended' ELSE 'engaged' END))
        || jsonb_build_object('context', (c.snapshot -> 'context') || jsonb_build_object(
             'planApprovedAt', (SELECT to_jsonb(min(e.occurred_at)) FROM course_events e WHERE e.course_id = c.id AND e.type = 'PLAN_APPROVED'),
             'appointments', '[]'::jsonb,
             'lastContactAt', NULL, 'lastContactAttemptAt', NULL, 'outreach', NULL, 'ladders', 0))
      WHERE c.machine_id = 'icm-course' AND c.machine_version = 1`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE courses c SET machine_version = 1, snapshot = c.snapshot
        || jsonb_build_object('value', c.snapshot -> 'value' -> 'course')
        || jsonb_build_object('context', (c.snapshot -> 'context')
             - 'planApprovedAt' - 'appointments' - 'lastContactAt' - 'lastContactAttemptAt' - 'outreach' - 'ladders')
      WHERE c.machine_id = 'icm-course' AND c.machine_version = 2`);
    await db.query(`ALTER TABLE outbox DROP COLUMN done_at`);
    await db.query(`DROP TABLE escalation_steps`);
    await db.query(`DROP TABLE escalation_ladders`);
    await db.query(`DROP TABLE timers`);
    await db.query(`DROP TABLE contacts`);
    await db.query(`DROP TABLE appointments`);
  }
}
