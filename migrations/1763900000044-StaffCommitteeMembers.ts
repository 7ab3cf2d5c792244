import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee members, whom a notice to the committee goes to, found without reading the whole
 * staff table: they are a few of a municipality's staff, and the table holds the whole country's.
 */
export class StaffCommitteeMembers1763900000044 implements MigrationInterface {
  name = 'StaffCommitteeMembers1763900000044';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX staff_committee_members ON staff (id) WHERE 'committee_member' = ANY(roles)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX staff_committee_members`);
  }
}
