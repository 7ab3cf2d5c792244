import { FidelityReportService } from '@src/reports/fidelity-report.service';
import { share } from '@src/reports/share';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { Seed, type TeamStaff, unique } from '@test/medium/support/seed';

/**
 * The fidelity report (FidelityReportRepository's queries, read through its service) on one team
 * of two case managers, every expected figure counted by hand:
 *
 * - f1: assigned to Anna at visitation, plan approved at once, citizen reached by phone.
 * - f2: waitlisted, then assigned to Anna by the team lead: a completed wait.
 * - f3: waitlisted, still waiting.
 * - f4: assigned to Anna at visitation, closed before its plan was due.
 * - Bent has no course.
 */
describe('the fidelity report on a hand-counted team', () => {
  let ctx: MediumContext;
  const municipality = unique('Fidelityby');
  const team = unique('fidelity-team');
  let staff: TeamStaff;

  beforeAll(async () => {
    ctx = await mediumContext();
    const seed = new Seed(ctx);
    staff = await seed.team(team, municipality);
    const { caseworker, committee, teamLead, anna } = staff;
    const people = { caseworker, committee, caseManager: anna };
    const waitlisted = async () => {
      const courseId = await seed.referral(caseworker);
      await seed.send(committee, courseId, {
        type: 'VISITATION_APPROVED',
        waitlist: { teamId: team, priority: 'high' },
      });
      return courseId;
    };

    const f1 = await seed.assignedCourse(people);
    // The report reads the plan's approval from the course's snapshot; the plan's rows do not matter here.
    await seed.send(anna, f1, { type: 'PLAN_DRAFTED', planVersion: 1 });
    await seed.send(anna, f1, { type: 'PLAN_APPROVED' });
    await seed.reached(anna, f1);

    const f2 = await waitlisted();
    await seed.send(teamLead, f2, { type: 'CASE_MANAGER_ASSIGNED', caseManagerId: anna.staffId });

    await waitlisted();

    const f4 = await seed.assignedCourse(people);
    await seed.send(teamLead, f4, { type: 'COURSE_CLOSED', reason: 'no_longer_needed' });
  });

  afterAll(() => ctx.close());

  const report = () => ctx.get(FidelityReportService).report({ municipality });

  it("counts each case manager's open courses, contacts, plans and completed waits", async () => {
    const { caseManagers } = await report();
    expect(caseManagers[staff.anna.staffId]).toMatchObject({
      name: 'Anna',
      openCourses: 2,
      contactWithin14Days: share(1, 2),
      // No reassessment recorded, none due yet.
      reassessmentsOnTime: share(0, 0),
      // f1 on time; f2 not due yet; f4 closed before it was due.
      plansOnTime: share(1, 1),
      waitlist: { waits: 1 },
      overNorm: false,
    });
    expect(caseManagers[staff.anna.staffId].waitlist.medianDays).toBeLessThan(0.01);
    expect(caseManagers[staff.bent.staffId]).toMatchObject({
      openCourses: 0,
      contactWithin14Days: share(0, 0),
      plansOnTime: share(0, 0),
      waitlist: { waits: 0, medianDays: null },
    });
  });

  it("counts the team's figures over its case managers, and who waits for it now", async () => {
    expect((await report()).teams[team]).toMatchObject({
      caseManagers: 2,
      openCourses: 2,
      coursesPerCaseManager: 1,
      overNorm: share(0, 2),
      waitingNow: 1,
      contactWithin14Days: share(1, 2),
      plansOnTime: share(1, 1),
      waitlist: { waits: 1 },
    });
  });
});
