import type { EntityManager } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import type { QueueStatus } from '@src/referrals/dto/visitation-queue-query.dto';
import { ReferralsRepository } from '@src/referrals/referrals.repository';
import { COUNTRY_COURSES, copiesOfCourse } from '@test/medium/support/country';
import { rolledBack, rowsRead } from '@test/medium/support/transaction';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { type PlanNode, nodesOf } from '@test/medium/support/query-plan';
import { Seed, unique } from '@test/medium/support/seed';

/** A week, the default review period in which a committee member still sees a referral they rejected. */
const REVIEW_SECONDS = 7 * 86400;

/** The committee's queue (ReferralsRepository.queue): which referrals each reader sees, by status, oldest first. */
describe('the visitation queue', () => {
  let ctx: MediumContext;
  let queue: (reader: Caller, status: QueueStatus, page?: { limit: number; offset: number }) => Promise<string[]>;
  let staff: Record<'caseworker' | 'committee' | 'caseworkerElsewhere' | 'committeeElsewhere', Caller>;
  let courses: Record<'first' | 'asked' | 'second' | 'rejected' | 'waitlisted' | 'elsewhere', string>;

  beforeAll(async () => {
    ctx = await mediumContext();
    const seed = new Seed(ctx);
    const here = { municipality: unique('Queueby') };
    const elsewhere = { municipality: unique('Elsewhere') };
    staff = {
      caseworker: await seed.staff(['caseworker'], here),
      committee: await seed.staff(['committee_member'], here),
      caseworkerElsewhere: await seed.staff(['caseworker'], elsewhere),
      committeeElsewhere: await seed.staff(['committee_member'], elsewhere),
    };
    const { caseworker, committee } = staff;
    // Referred in this order, which is the queue's.
    const first = await seed.referral(caseworker);
    const asked = await seed.referral(caseworker);
    const second = await seed.referral(caseworker);
    const rejected = await seed.referral(caseworker);
    const waitlisted = await seed.referral(caseworker);
    const elsewhereCourse = await seed.referral(staff.caseworkerElsewhere);
    await seed.send(committee, asked, { type: 'INFO_REQUESTED', questions: ['Which services are involved?'] });
    await seed.send(committee, rejected, { type: 'VISITATION_REJECTED', reason: 'Housed', alternative: 'CTI' });
    await seed.send(committee, waitlisted, {
      type: 'VISITATION_APPROVED',
      waitlist: { teamId: unique('queue-team'), priority: 'normal' },
    });
    courses = { first, asked, second, rejected, waitlisted, elsewhere: elsewhereCourse };

    const referrals = ctx.get(ReferralsRepository);
    queue = async (reader, status, page = { limit: 100, offset: 0 }) =>
      (
        await referrals.queue(ctx.db.manager, status, page, {
          staffId: reader.staffId,
          asCommittee: reader.roles.includes('committee_member'),
          reviewSeconds: REVIEW_SECONDS,
        })
      ).map((referral) => referral.courseId);
  });

  afterAll(() => ctx.close());

  it('shows a caseworker the referrals they made, by status, oldest first', async () => {
    expect(await queue(staff.caseworker, 'awaiting_visitation')).toEqual([courses.first, courses.second]);
    expect(await queue(staff.caseworker, 'information_requested')).toEqual([courses.asked]);
    expect(await queue(staff.caseworker, 'decided')).toEqual([courses.rejected, courses.waitlisted]);
    expect(await queue(staff.caseworkerElsewhere, 'awaiting_visitation')).toEqual([courses.elsewhere]);
  });

  it("shows a committee member their municipality's referrals and the rejection they voted on", async () => {
    expect(await queue(staff.committee, 'awaiting_visitation')).toEqual([courses.first, courses.second]);
    expect(await queue(staff.committee, 'information_requested')).toEqual([courses.asked]);
    expect(await queue(staff.committee, 'decided')).toEqual([courses.rejected, courses.waitlisted]);
  });

  it("shows a committee member nothing of another municipality's referrals", async () => {
    expect(await queue(staff.committeeElsewhere, 'awaiting_visitation')).toEqual([courses.elsewhere]);
    expect(await queue(staff.committeeElsewhere, 'information_requested')).toEqual([]);
    expect(await queue(staff.committeeElsewhere, 'decided')).toEqual([]);
  });

  it('reads a page through indexes: no scan of every course or referral in the country', async () => {
    const partialIndexes: string[] = (
      await ctx.db.query(`SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indpred IS NOT NULL`)
    ).map((row: { name: string }) => row.name);
    // A scan is narrowed by its index condition or by the predicate of a partial index; a bitmap
    // heap scan by the index scans below it (beside any subquery run first): one of those it
    // intersects, each of those it unites.
    const narrowed = (scan: PlanNode): boolean => {
      if (scan['Node Type'] === 'Bitmap Heap Scan')
        return narrowed(scan.Plans!.find((child) => child['Node Type'].startsWith('Bitmap'))!);
      if (scan['Node Type'] === 'BitmapAnd') return scan.Plans!.some(narrowed);
      if (scan['Node Type'] === 'BitmapOr') return scan.Plans!.every(narrowed);
      return !!scan['Index Cond'] || partialIndexes.includes(scan['Index Name'] ?? '');
    };
    await rolledBack(ctx.db, async (db) => {
      // On a test database a whole table is a page or two, and reading it all is the cheaper plan.
      await db.query(`SET LOCAL enable_seqscan = off`);
      const explaining = {
        query: (sql: string, parameters: unknown[]) => db.query(`EXPLAIN (FORMAT JSON) ${sql}`, parameters),
      } as unknown as EntityManager;
      for (const status of ['awaiting_visitation', 'information_requested', 'decided'] as const) {
        const [{ 'QUERY PLAN': plans }] = (await ctx
          .get(ReferralsRepository)
          .queue(
            explaining,
            status,
            { limit: 50, offset: 0 },
            { staffId: staff.committee.staffId, asCommittee: true, reviewSeconds: REVIEW_SECONDS },
          )) as unknown as [{ 'QUERY PLAN': { Plan: PlanNode }[] }];
        const wholeTableReads = nodesOf(plans[0].Plan)
          .filter((node) => node['Relation Name'] === 'courses' || node['Relation Name'] === 'referrals')
          .filter((node) => !narrowed(node))
          .map((node) => `${status}: ${node['Node Type']} on ${node['Relation Name']} ${node['Index Name'] ?? ''}`);
        expect(wholeTableReads).toEqual([]);
      }
    });
  });

  it("reads no course of the rest of the country's queue for a committee member's page", async () => {
    await rolledBack(ctx.db, async (db) => {
      await copiesOfCourse(db, courses.elsewhere);
      let page: string[] = [];
      const read = await rowsRead(db, ['courses', 'referrals', 'citizens'], async () => {
        page = (
          await ctx.get(ReferralsRepository).queue(
            db,
            'awaiting_visitation',
            { limit: 50, offset: 0 },
            {
              staffId: staff.committee.staffId,
              asCommittee: true,
              reviewSeconds: REVIEW_SECONDS,
            },
          )
        ).map((referral) => referral.courseId);
      });
      expect(page).toEqual([courses.first, courses.second]);
      for (const rows of Object.values(read)) expect(rows).toBeLessThan(COUNTRY_COURSES / 100);
    });
  });

  it('pages in the same order', async () => {
    expect(await queue(staff.committee, 'awaiting_visitation', { limit: 1, offset: 0 })).toEqual([courses.first]);
    expect(await queue(staff.committee, 'awaiting_visitation', { limit: 1, offset: 1 })).toEqual([courses.second]);
    expect(await queue(staff.committee, 'awaiting_visitation', { limit: 1, offset: 2 })).toEqual([]);
  });
});
