import type { EntityManager } from 'typeorm';
import { NotificationsRepository } from '@src/notifications/notifications.repository';
import type { RecipientQuery } from '@src/notifications/notification-recipients';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { Seed, unique } from '@test/medium/support/seed';

/** The whole country's staff, of whom a notice goes to a handful. */
const COUNTRY_STAFF = 5000;

/**
 * A notice finds its recipients (the named staff, the committee, the team leads of named staff)
 * through indexes: the staff table holds every municipality's staff, and each escalation step, reminder
 * and course notice delivers one. Measured by the rows the statement read from the table.
 */
describe("a notice's recipients", () => {
  let ctx: MediumContext;
  let seed: Seed;

  beforeAll(async () => {
    ctx = await mediumContext();
    seed = new Seed(ctx);
  });

  afterAll(() => ctx.close());

  /** Staff rows read by sequential scans in this transaction so far. */
  async function staffRowsScanned(db: EntityManager): Promise<number> {
    const [row] = await db.query(
      `SELECT seq_tup_read::int AS rows FROM pg_stat_xact_user_tables WHERE relname = 'staff'`,
    );
    return row.rows;
  }

  it('are found without reading the staff table, and are who the notice names', async () => {
    const team = await seed.team(unique('team'), unique('municipality'));
    const courseId = await seed.assignedCourse({ ...team, caseManager: team.anna });
    const [{ id: outboxId }] = await ctx.db.query(`SELECT id::text FROM outbox WHERE course_id = $1 LIMIT 1`, [
      courseId,
    ]);

    const runner = ctx.db.createQueryRunner();
    await runner.startTransaction();
    try {
      const db = runner.manager;
      await db.query(
        `INSERT INTO staff (name, roles, team_id, municipality)
         SELECT 'Elsewhere ' || i, ARRAY['case_manager'], 'elsewhere-' || (i / 10), 'elsewhere'
         FROM generate_series(1, $1::int) i`,
        [COUNTRY_STAFF],
      );
      await db.query(`ANALYZE staff`);
      const deliverTo = async (to: RecipientQuery) => {
        const before = await staffRowsScanned(db);
        await new NotificationsRepository().deliver(
          db,
          { outboxId, courseId, kind: 'escalation', payload: {} },
          { at: new Date(), digestAt: null, emailDigestAt: new Date() },
          to,
          false,
        );
        return (await staffRowsScanned(db)) - before;
      };
      const recipients = async () =>
        (
          await db.query(`SELECT recipient_id AS id FROM notifications WHERE outbox_id = $1 ORDER BY recipient_id`, [
            outboxId,
          ])
        ).map((row: { id: string }) => row.id);

      expect(
        await deliverTo({ staffIds: [team.anna.staffId], committee: false, teamLeadsOf: [team.anna.staffId] }),
      ).toBe(0);
      expect(await recipients()).toEqual([team.anna.staffId, team.teamLead.staffId].sort());

      expect(await deliverTo({ staffIds: [], committee: true, teamLeadsOf: [] })).toBe(0);
      const [{ committee }] = await db.query(
        `SELECT count(*)::int AS committee FROM staff WHERE 'committee_member' = ANY(roles)`,
      );
      expect(await recipients()).toContain(team.committee.staffId);
      expect((await recipients()).length).toBe(2 + committee);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
