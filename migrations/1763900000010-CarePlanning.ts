import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The individual plan and its versions, the services it coordinates and their status history,
 * the assessments (baseline and reassessments) and the case managers' closure proposals. Every row
 * is written in the transaction of the course event that records it; `event_seq` names that event.
 */
export class CarePlanning1763900000010 implements MigrationInterface {
  name = 'CarePlanning1763900000010';

  async up(db: QueryRunner): Promise<void> {
    // A version is never changed once drafted, except for its approval.
    await db.query(`
      CREATE TABLE plan_versions (
        course_id uuid NOT NULL REFERENCES courses (id),
        version integer NOT NULL CHECK (version > 0),
        citizen_wishes text NOT NULL,
        resources jsonb NOT NULL,
        goals jsonb NOT NULL,
        services jsonb NOT NULL,
        linked_plans jsonb NOT NULL,
        drafted_by uuid NOT NULL,
        drafted_at timestamptz NOT NULL DEFAULT now(),
        approved_by uuid,
        approved_at timestamptz,
        event_seq integer NOT NULL,
        PRIMARY KEY (course_id, version)
      )`);

    // A service lives across plan versions; its status is live, its description is kept per version.
    await db.query(`
      CREATE TABLE course_services (
        id uuid PRIMARY KEY,
        course_id uuid NOT NULL REFERENCES courses (id),
        kind text NOT NULL,
        provider text,
        contact jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('requested', 'started', 'paused', 'ended')),
        status_changed_at timestamptz NOT NULL DEFAULT now(),
        -- The clock, not the transaction's start: a plan's services keep the order they were listed in.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    // A course's services.
    await db.query(`CREATE INDEX course_services_by_course ON course_services (course_id, created_at)`);
    await db.query(`
      CREATE TABLE service_status_changes (
        service_id uuid NOT NULL REFERENCES course_services (id),
        course_id uuid NOT NULL REFERENCES courses (id),
        from_status text NOT NULL,
        to_status text NOT NULL,
        note text,
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL DEFAULT now(),
        event_seq integer NOT NULL,
        PRIMARY KEY (course_id, event_seq)
      )`);
    await db.query(`CREATE INDEX service_status_changes_by_service ON service_status_changes (service_id, changed_at)`);

    await db.query(`
      CREATE TABLE assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        kind text NOT NULL CHECK (kind IN ('baseline', 'reassessment')),
        ratings jsonb NOT NULL,
        housing_status text NOT NULL CHECK (housing_status IN ('homeless', 'temporary', 'own_home', 'lost_home')),
        problematic_use_days smallint CHECK (problematic_use_days BETWEEN 0 AND 30),
        next_phase text,
        note text,
        -- A reassessment's due date (the plan's approval or the previous reassessment plus the interval).
        due_at timestamptz,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        event_seq integer NOT NULL
      )`);
    // A course's assessments in order; the reports take each course's latest from the same index.
    await db.query(`CREATE INDEX assessments_by_course ON assessments (course_id, recorded_at)`);
    await db.query(`CREATE UNIQUE INDEX assessments_one_baseline ON assessments (course_id) WHERE kind = 'baseline'`);

    await db.query(`
      CREATE TABLE closure_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL REFERENCES courses (id),
        reason text NOT NULL,
        justification text NOT NULL,
        proposed_by uuid NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decision text CHECK (decision IN ('approved', 'rejected')),
        decision_note text,
        decided_by uuid,
        decided_at timestamptz
      )`);
    // At most one proposal awaits the team lead per course.
    await db.query(
      `CREATE UNIQUE INDEX closure_proposals_one_pending ON closure_proposals (course_id) WHERE decision IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE closure_proposals`);
    await db.query(`DROP TABLE assessments`);
    await db.query(`DROP TABLE service_status_changes`);
    await db.query(`DROP TABLE course_services`);
    await db.query(`DROP TABLE plan_versions`);
  }
}
