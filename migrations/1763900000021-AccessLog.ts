import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The role the API and the worker run their SQL as (DATABASE_ROLE); migrations run as the owner. */
const SERVICE_ROLE = 'icm_service';

/**
 * The access log: who read which citizen's data, when and through which route. Append-only for the
 * service: its role may insert and read the log but not change or delete it; only the retention
 * function, owned by the migrating user, deletes rows, and only those past the retention period.
 */
export class AccessLog1763900000021 implements MigrationInterface {
  name = 'AccessLog1763900000021';

  async up(db: QueryRunner): Promise<void> {
    // No foreign keys: the log outlives the rows it names and must never block their removal.
    await db.query(`
      CREATE TABLE access_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        staff_id uuid NOT NULL,
        role text NOT NULL,
        citizen_id uuid NOT NULL,
        course_id uuid,
        method text,
        route text NOT NULL
      )`);
    // The audit's two questions, newest first: who read this citizen, and what did this member read.
    await db.query(`CREATE INDEX access_log_by_citizen ON access_log (citizen_id, at, id)`);
    await db.query(`CREATE INDEX access_log_by_staff ON access_log (staff_id, at, id)`);
    // Retention deletes the oldest rows; rows arrive in time order, so a block range index suffices
    // and costs the hot insert path next to nothing.
    await db.query(`CREATE INDEX access_log_by_time ON access_log USING brin (at)`);
    // Not even the owner rewrites the log (retention deletes, it never updates).
    await db.query(`
      CREATE TRIGGER access_log_append_only BEFORE UPDATE OR TRUNCATE ON access_log
      FOR EACH STATEMENT EXECUTE FUNCTION forbid_rewriting_history()`);

    await this.createServiceRole(db);
    await this.grantServiceRole(db);
    await this.createRetentionFunction(db);
  }

  /** Roles are cluster-wide and several databases may migrate at once: the first one creates it. */
  private async createServiceRole(db: QueryRunner): Promise<void> {
    await db.query(`
      DO $$ BEGIN
        CREATE ROLE ${SERVICE_ROLE} NOLOGIN;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // A managed database's login user is no superuser: it must be a member to take the role on.
    await db.query(`
      DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT ${SERVICE_ROLE} TO %I', current_user);
        END IF;
      END $$`);
  }

  private async grantServiceRole(db: QueryRunner): Promise<void> {
    await db.query(`GRANT USAGE ON SCHEMA public TO ${SERVICE_ROLE}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${SERVICE_ROLE}`);
    await db.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${SERVICE_ROLE}`);
    // Tables and sequences that later migrations create (as this same user) get the same.
    await db.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${SERVICE_ROLE}`,
    );
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${SERVICE_ROLE}`);
    await db.query(`REVOKE UPDATE, DELETE, TRUNCATE ON access_log FROM ${SERVICE_ROLE}`);
  }

  /**
   * Runs with its owner's rights (SECURITY DEFINER) so that the service can purge without holding
   * DELETE; it refuses a retention under one year, so a bad setting cannot empty the log.
   */
  private async createRetentionFunction(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION purge_expired_access_log(retention interval) RETURNS bigint
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
      DECLARE
        purged bigint;
      BEGIN
        IF retention IS NULL OR now() - retention > now() - interval '1 year' THEN
          RAISE EXCEPTION 'access log retention % is shorter than one year', retention
            USING ERRCODE = 'invalid_parameter_value';
        END IF;
        DELETE FROM public.access_log WHERE at < now() - retention;
        GET DIAGNOSTICS purged = ROW_COUNT;
        RETURN purged;
      END $$`);
    await db.query(`REVOKE ALL ON FUNCTION purge_expired_access_log(interval) FROM PUBLIC`);
    await db.query(`GRANT EXECUTE ON FUNCTION purge_expired_access_log(interval) TO ${SERVICE_ROLE}`);
  }

  // The role itself stays: other databases in the cluster may still use it.
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP FUNCTION purge_expired_access_log(interval)`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${SERVICE_ROLE}`);
    await db.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${SERVICE_ROLE}`);
    await db.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${SERVICE_ROLE}`);
    await db.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${SERVICE_ROLE}`);
    await db.query(`REVOKE USAGE ON SCHEMA public FROM ${SERVICE_ROLE}`);
    await db.query(`DROP TABLE access_log`);
  }
}
