import type { Caller } from '@src/auth/roles';
import type { WaitlistPriority } from '@workflows/icm-course';
import { WaitlistRepository } from '@src/waitlist/waitlist.repository';
import { COUNTRY_COURSES, copiesOfCourse } from '@test/medium/support/country';
import { rolledBack, rowsRead } from '@test/medium/support/transaction';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { Seed, unique } from '@test/medium/support/seed';

/** The waitlist (WaitlistRepository): priority first, then first come, first served; offered to a case manager with room. */
describe('the waitlist', () => {
  let ctx: MediumContext;
  let waitlist: WaitlistRepository;
  const teams = { north: unique('north'), south: unique('south') };
  let committee: Caller;
  let committeeElsewhere: Caller;
  let caseManagers: Record<'withRoom' | 'full' | 'south', Caller>;
  let courses: Record<'normal' | 'urgent' | 'high' | 'laterUrgent' | 'south', string>;

  beforeAll(async () => {
    ctx = await mediumContext();
    waitlist = ctx.get(WaitlistRepository);
    const seed = new Seed(ctx);
    const here = { municipality: unique('Waitby') };
    const elsewhere = { municipality: unique('Elsewhere') };
    const caseworker = await seed.staff(['caseworker'], here);
    committee = await seed.staff(['committee_member'], here);
    const caseworkerElsewhere = await seed.staff(['caseworker'], elsewhere);
    committeeElsewhere = await seed.staff(['committee_member'], elsewhere);
    caseManagers = {
      withRoom: await seed.staff(['case_manager'], { ...here, teamId: teams.north }),
      full: await seed.staff(['case_manager'], { ...here, teamId: teams.north, maxCaseload: 1 }),
      south: await seed.staff(['case_manager'], { ...here, teamId: teams.south }),
    };
    await seed.assignedCourse({ caseworker, committee, caseManager: caseManagers.full });

    const waitlisted = async (
      teamId: string,
      priority: WaitlistPriority,
      referrer = caseworker,
      decider = committee,
    ) => {
      const courseId = await seed.referral(referrer);
      await seed.send(decider, courseId, { type: 'VISITATION_APPROVED', waitlist: { teamId, priority } });
      return courseId;
    };
    courses = {
      normal: await waitlisted(teams.north, 'normal'),
      urgent: await waitlisted(teams.north, 'urgent'),
      high: await waitlisted(teams.north, 'high'),
      laterUrgent: await waitlisted(teams.north, 'urgent'),
      south: await waitlisted(teams.south, 'urgent', caseworkerElsewhere, committeeElsewhere),
    };
  });

  afterAll(() => ctx.close());

  const ids = (entries: { courseId: string }[]) => entries.map((entry) => entry.courseId);

  it("lists a team's citizens by priority, then by how long they have waited", async () => {
    const north = await waitlist.list(ctx.db.manager, teams.north);
    expect(ids(north)).toEqual([courses.urgent, courses.laterUrgent, courses.high, courses.normal]);
    expect(north.map((entry) => [entry.priority, entry.daysWaited, entry.teamId, entry.version])).toEqual([
      ['urgent', 0, teams.north, 2],
      ['urgent', 0, teams.north, 2],
      ['high', 0, teams.north, 2],
      ['normal', 0, teams.north, 2],
    ]);
    expect(north[0].birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(ids(await waitlist.list(ctx.db.manager, teams.south))).toEqual([courses.south]);
  });

  it('lists every team in one order when no team is asked for', async () => {
    const ours = new Set(Object.values(courses));
    const all = ids(await waitlist.list(ctx.db.manager)).filter((id) => ours.has(id));
    expect(all).toEqual([courses.urgent, courses.laterUrgent, courses.south, courses.high, courses.normal]);
  });

  it("narrows a committee member's list to their municipality's referrals", async () => {
    expect(ids(await waitlist.list(ctx.db.manager, undefined, committeeElsewhere.staffId))).toEqual([courses.south]);
    expect(await waitlist.list(ctx.db.manager, teams.north, committeeElsewhere.staffId)).toEqual([]);
  });

  it("reads no citizen of the rest of the country's waitlist for a committee member's list", async () => {
    await rolledBack(ctx.db, async (db) => {
      await copiesOfCourse(db, courses.south);
      let list: string[] = [];
      const read = await rowsRead(db, ['citizens'], async () => {
        list = ids(await waitlist.list(db, undefined, committee.staffId));
      });
      expect(list).toEqual([courses.urgent, courses.laterUrgent, courses.high, courses.normal]);
      // The country's waitlist is read from its index (it is the waitlist of every team); its
      // citizens are not, where the member's municipality is checked course by course.
      expect(read.citizens).toBeLessThan(COUNTRY_COURSES / 100);
    });
  });

  it("offers a case manager with room the first citizen of their team's list, and one at their limit none", async () => {
    expect((await waitlist.offerFor(ctx.db.manager, caseManagers.withRoom.staffId))?.courseId).toBe(courses.urgent);
    expect((await waitlist.offerFor(ctx.db.manager, caseManagers.south.staffId))?.courseId).toBe(courses.south);
    expect(await waitlist.offerFor(ctx.db.manager, caseManagers.full.staffId)).toBeUndefined();
  });
});
