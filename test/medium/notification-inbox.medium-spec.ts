import type { EntityManager } from 'typeorm';
import type { RecipientQuery } from '@src/notifications/notification-recipients';
import { NotificationsRepository } from '@src/notifications/notifications.repository';
import { analyse, rolledBack } from '@test/medium/support/transaction';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { Seed, unique } from '@test/medium/support/seed';

/** The whole country's staff, of whom a notice goes to a handful. */
const COUNTRY_STAFF = 5000;

/**
 * NotificationsRepository.deliver answers how many inbox rows were new (the notify job's
 * `delivered`): each recipient's row once, none when the same outbox row is delivered again. What
 * the webhook and the e-mail still owe one notice is read in one statement, each channel apart.
 * The recipients are found through indexes: the staff table holds every municipality's staff, and
 * each escalation step, reminder and course notice delivers one notice.
 */
describe('delivering a notification to the inbox', () => {
  let ctx: MediumContext;
  let seed: Seed;

  beforeAll(async () => {
    ctx = await mediumContext();
    seed = new Seed(ctx);
  });

  afterAll(() => ctx.close());

  /** A course with a case manager, one outbox row of it to deliver, and a second case manager to tell. */
  async function aNotice() {
    const caseworker = await seed.staff(['caseworker']);
    const committee = await seed.staff(['committee_member']);
    const caseManager = await seed.staff(['case_manager']);
    const other = await seed.staff(['case_manager']);
    const courseId = await seed.assignedCourse({ caseworker, committee, caseManager });
    const [{ id: outboxId }] = await ctx.db.query(`SELECT id::text FROM outbox WHERE course_id = $1 LIMIT 1`, [
      courseId,
    ]);
    return { courseId, outboxId: outboxId as string, caseManager, other };
  }

  it('counts the rows it inserted, and a repeat inserts and counts none', async () => {
    const { courseId, outboxId, caseManager, other } = await aNotice();
    const notifications = new NotificationsRepository();
    const deliver = () =>
      notifications.deliver(
        ctx.db.manager,
        { outboxId, courseId, kind: 'note_added', payload: {} },
        { at: new Date(), digestAt: null, emailDigestAt: new Date() },
        { staffIds: [caseManager.staffId, other.staffId], committee: false, teamLeadsOf: [] },
        false,
      );

    expect(await deliver()).toBe(2);
    expect(await deliver()).toBe(0);
    const [{ rows }] = await ctx.db.query(`SELECT count(*)::int AS rows FROM notifications WHERE outbox_id = $1`, [
      outboxId,
    ]);
    expect(rows).toBe(2);
  });

  it("marks the notice's outbox row done in the statement that fills the inboxes", async () => {
    const { courseId, outboxId, caseManager } = await aNotice();

    await new NotificationsRepository().deliver(
      ctx.db.manager,
      { outboxId, courseId, kind: 'note_added', payload: {} },
      { at: new Date(), digestAt: null, emailDigestAt: new Date() },
      { staffIds: [caseManager.staffId], committee: false, teamLeadsOf: [] },
      false,
    );

    const [inbox] = await ctx.db.query(`SELECT xmin::text AS xid FROM notifications WHERE outbox_id = $1`, [outboxId]);
    const [row] = await ctx.db.query(`SELECT xmin::text AS xid, done_at FROM outbox WHERE id = $1`, [outboxId]);
    expect(row.done_at).not.toBeNull();
    expect(row.xid).toBe(inbox.xid);
  });

  it('reads what each channel still owes one notice, and nothing once it is sent', async () => {
    const { courseId, outboxId, caseManager, other } = await aNotice();
    const notifications = new NotificationsRepository();
    const deliverAt = new Date(Date.now() - 60_000);
    await notifications.deliver(
      ctx.db.manager,
      { outboxId, courseId, kind: 'note_added', payload: {} },
      { at: deliverAt, digestAt: null, emailDigestAt: new Date() },
      { staffIds: [caseManager.staffId, other.staffId], committee: false, teamLeadsOf: [] },
      false,
    );
    // One recipient takes e-mail, due later than the inbox row.
    const emailAt = new Date(Date.now() + 60_000);
    const [[mailed]] = await ctx.db.query(
      `UPDATE notifications SET email_at = $3 WHERE outbox_id = $1 AND recipient_id = $2 RETURNING id::text`,
      [outboxId, other.staffId, emailAt],
    );
    const rowIds = (await ctx.db.query(`SELECT id::text FROM notifications WHERE outbox_id = $1`, [outboxId])).map(
      (row: { id: string }) => row.id,
    );

    const awaiting = await notifications.awaitingChannels(ctx.db.manager, outboxId);
    expect(awaiting.webhook.map((row) => row.id).sort()).toEqual([...rowIds].sort());
    expect(awaiting.webhook.every((row) => row.deliverAt.getTime() === deliverAt.getTime())).toBe(true);
    expect(awaiting.email).toEqual([{ id: mailed.id, deliverAt: emailAt }]);

    await notifications.markWebhookSent(ctx.db.manager, rowIds);
    expect(await notifications.awaitingChannels(ctx.db.manager, outboxId)).toEqual({
      webhook: [],
      email: [{ id: mailed.id, deliverAt: emailAt }],
    });
    await notifications.markEmailSent(ctx.db.manager, [mailed.id]);
    expect(await notifications.awaitingChannels(ctx.db.manager, outboxId)).toEqual({ webhook: [], email: [] });
  });

  /** Staff rows read by sequential scans in this transaction so far. */
  async function staffRowsScanned(db: EntityManager): Promise<number> {
    const [row] = await db.query(
      `SELECT seq_tup_read::int AS rows FROM pg_stat_xact_user_tables WHERE relname = 'staff'`,
    );
    return row.rows;
  }

  it('finds its recipients without reading the staff table: the named staff, their team leads, the committee', async () => {
    const team = await seed.team(unique('team'), unique('municipality'));
    const courseId = await seed.assignedCourse({ ...team, caseManager: team.anna });
    const [{ id: outboxId }] = await ctx.db.query(`SELECT id::text FROM outbox WHERE course_id = $1 LIMIT 1`, [
      courseId,
    ]);

    await rolledBack(ctx.db, async (db) => {
      await db.query(
        `INSERT INTO staff (name, roles, team_id, municipality)
       SELECT 'Elsewhere ' || i, ARRAY['case_manager'], 'elsewhere-' || (i / 10), 'elsewhere'
       FROM generate_series(1, $1::int) i`,
        [COUNTRY_STAFF],
      );
      await analyse(db, ['staff']);
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
    });
  });
});
