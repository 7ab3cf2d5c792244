import { EscalationsRepository } from '@src/escalations/escalations.repository';
import { COUNTRY_COURSES, copiesOfCourse } from '@test/medium/support/country';
import { rolledBack, rowsRead } from '@test/medium/support/transaction';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { Seed, type TeamStaff, unique } from '@test/medium/support/seed';

/** The team lead's out-of-contact board (EscalationsRepository.openForTeamOf): the team's running ladders. */
describe("the team lead's out-of-contact board", () => {
  let ctx: MediumContext;
  let board: (teamLeadId: string) => Promise<string[]>;
  let ours: TeamStaff;
  let theirs: TeamStaff;
  let courses: Record<'outOfContact' | 'reached' | 'theirs', string>;

  beforeAll(async () => {
    ctx = await mediumContext();
    const seed = new Seed(ctx);
    ours = await seed.team(unique('board-team'), unique('Boardby'));
    theirs = await seed.team(unique('other-team'), unique('Elsewhere'));
    courses = {
      outOfContact: await seed.assignedCourse({ ...ours, caseManager: ours.anna }),
      reached: await seed.assignedCourse({ ...ours, caseManager: ours.bent }),
      theirs: await seed.assignedCourse({ ...theirs, caseManager: theirs.anna }),
    };
    for (const [courseId, caseManager] of [
      [courses.outOfContact, ours.anna],
      [courses.reached, ours.bent],
      [courses.theirs, theirs.anna],
    ] as const)
      await seed.outOfContact(caseManager, courseId);
    await seed.reached(ours.bent, courses.reached);
    board = async (teamLeadId) =>
      (await ctx.get(EscalationsRepository).openForTeamOf(ctx.db.manager, teamLeadId, { limit: 50, offset: 0 })).map(
        (row) => row.courseId,
      );
  });

  afterAll(() => ctx.close());

  it("holds the running ladders of the team's own case managers' courses", async () => {
    expect(await board(ours.teamLead.staffId)).toEqual([courses.outOfContact]);
    expect(await board(theirs.teamLead.staffId)).toEqual([courses.theirs]);
  });

  it("reads none of the rest of the country's ladders or courses", async () => {
    await rolledBack(ctx.db, async (db) => {
      await copiesOfCourse(db, courses.theirs);
      const read = await rowsRead(db, ['escalation_ladders', 'courses', 'citizens'], () =>
        ctx.get(EscalationsRepository).openForTeamOf(db, ours.teamLead.staffId, { limit: 50, offset: 0 }),
      );
      // The team's two courses and its one running ladder, give or take a row read twice; the
      // country's thousands, where the board starts from the ladders.
      for (const rows of Object.values(read)) expect(rows).toBeLessThan(COUNTRY_COURSES / 100);
      expect(read.escalation_ladders).toBeGreaterThan(0);
    });
  });
});
