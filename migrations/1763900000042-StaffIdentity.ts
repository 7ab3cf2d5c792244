import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff members linked to their identity at the municipality's identity provider: the provider's
 * subject (set by an admin, or matched once by a configured claim against the e-mail address), and
 * deactivation, which stops a member's sign-in without deleting who did what.
 */
export class StaffIdentity1763900000042 implements MigrationInterface {
  name = 'StaffIdentity1763900000042';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE staff ADD COLUMN identity_subject text, ADD COLUMN deactivated_at timestamptz`);
    await db.query(
      `CREATE UNIQUE INDEX staff_identity_subject ON staff (identity_subject) WHERE identity_subject IS NOT NULL`,
    );
    // The one-time match by e-mail looks among the members not yet linked.
    await db.query(`CREATE INDEX staff_unlinked_email ON staff (lower(email)) WHERE identity_subject IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX staff_unlinked_email`);
    await db.query(`DROP INDEX staff_identity_subject`);
    await db.query(`ALTER TABLE staff DROP COLUMN deactivated_at, DROP COLUMN identity_subject`);
  }
}
