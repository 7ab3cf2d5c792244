import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff, citizens, referrals, courses, the append-only course event log and the outbox.
 * Every index below serves a query the API or the worker makes; each says which.
 */
export class InitialSchema1763900000000 implements MigrationInterface {
  name = 'InitialSchema1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE staff (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        team_id text,
        municipality text,
        max_caseload integer NOT NULL DEFAULT 8 CHECK (max_caseload >= 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);

    // The CPR number is a changeable attribute: the key is the citizen's own id. CPR and name are
    // stored encrypted (AES-256-GCM); cpr_hash (HMAC-SHA-256) finds a citizen by CPR.
    await db.query(`
      CREATE TABLE citizens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cpr_hash bytea NOT NULL,
        cpr_encrypted bytea NOT NULL,
        name_encrypted bytea NOT NULL,
        birth_date date NOT NULL,
        legal_gender text NOT NULL CHECK (legal_gender IN ('male', 'female')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX citizens_cpr_hash_key ON citizens (cpr_hash)`);

    await db.query(`
      CREATE TABLE courses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        citizen_id uuid NOT NULL REFERENCES citizens (id),
        machine_id text NOT NULL,
        machine_version integer NOT NULL,
        snapshot jsonb NOT NULL,
        state text NOT NULL,
        phase text NOT NULL CHECK (phase IN
          ('referral', 'visitation', 'planning', 'coordination', 'follow_up', 'reassessment', 'closed')),
        referred_by uuid NOT NULL,
        case_manager_id uuid REFERENCES staff (id),
        version integer NOT NULL CHECK (version > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz
      )`);
    // One open course per citizen: a second referral is refused, a closed course allows a new one.
    await db.query(`CREATE UNIQUE INDEX courses_one_open_per_citizen ON courses (citizen_id) WHERE phase <> 'closed'`);
    // A case manager's caseload and the courses they may see.
    await db.query(`CREATE INDEX courses_open_by_case_manager ON courses (case_manager_id) WHERE phase <> 'closed'`);
    // The visitation queue, oldest first.
    await db.query(`CREATE INDEX courses_by_phase_and_age ON courses (phase, created_at)`);

    await db.query(`
      CREATE TABLE referrals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        course_id uuid NOT NULL UNIQUE REFERENCES courses (id),
        citizen_id uuid NOT NULL REFERENCES citizens (id),
        referred_by uuid NOT NULL,
        problem_areas text[] NOT NULL CHECK (cardinality(problem_areas) > 0),
        housing_situation text NOT NULL,
        whereabouts text,
        legal_basis text NOT NULL,
        action_plan_status text NOT NULL,
        other_plans jsonb NOT NULL DEFAULT '[]',
        income_type text NOT NULL,
        reason text NOT NULL,
        consent_given_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // A caseworker's own referrals.
    await db.query(`CREATE INDEX referrals_by_referrer ON referrals (referred_by, created_at)`);

    // Append-only: the primary key gives each course a gap-free sequence, the trigger forbids rewrites.
    await db.query(`
      CREATE TABLE course_events (
        course_id uuid NOT NULL REFERENCES courses (id),
        seq integer NOT NULL CHECK (seq > 0),
        type text NOT NULL,
        payload jsonb NOT NULL,
        actor_id uuid,
        actor_roles text[] NOT NULL,
        occurred_at timestamptz NOT NULL,
        resulting_state text NOT NULL,
        resulting_phase text NOT NULL,
        PRIMARY KEY (course_id, seq)
      )`);
    await db.query(`
      CREATE FUNCTION forbid_rewriting_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`
      CREATE TRIGGER course_events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON course_events
      FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewriting_history()`);

    // Side effects the machine asked for, written in the same transaction as the event.
    await db.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        course_id uuid NOT NULL REFERENCES courses (id),
        event_seq integer NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        due_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        FOREIGN KEY (course_id, event_seq) REFERENCES course_events (course_id, seq)
      )`);
    // The relay claims unsent rows in order.
    await db.query(`CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox`);
    await db.query(`DROP TABLE course_events`);
    await db.query(`DROP FUNCTION forbid_rewriting_history`);
    await db.query(`DROP TABLE referrals`);
    await db.query(`DROP TABLE courses`);
    await db.query(`DROP TABLE citizens`);
    await db.query(`DROP TABLE staff`);
  }
}
