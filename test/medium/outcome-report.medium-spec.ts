import type { Caller } from '@src/auth/roles';
import { OutcomeReportService } from '@src/reports/outcome-report.service';
import type { DomainRating, HousingStatus } from '@src/assessments/assessment-vocabulary';
import type { Anchoring, IncomeType } from '@src/referrals/referral-vocabulary';
import { share } from '@src/reports/share';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { type CitizenFacts, Seed, unique } from '@test/medium/support/seed';

/**
 * The outcome report's sections (OutcomeReportRepository's one statement, read through its
 * service) on six courses built here, every expected figure counted by hand from them:
 *
 * - c1: male 20, cash benefit, §85; in planning; ladder running; reassessed own_home, then
 *   homeless (drugs positive, economy negative, alcohol not relevant).
 * - c2: female 30, disability pension, §110; in planning; ladder resolved by a contact;
 *   reassessed homeless (drugs negative), then own_home (drugs positive, economy unchanged).
 * - c3: male 45, wage, §85; rejected at visitation.
 * - c4: female 17, other income, §85; still in the referral phase.
 * - c5: male 27, cash benefit, §110; approved onto the team's waitlist.
 * - c6: female 22, sickness benefit, §85; ladder running when the course closed (moved away);
 *   reassessed homeless (drugs negative).
 */
describe('the outcome report on a hand-counted cohort', () => {
  let ctx: MediumContext;
  const municipality = unique('Reportby');
  const team = unique('report-team');

  beforeAll(async () => {
    ctx = await mediumContext();
    const seed = new Seed(ctx);
    const { caseworker, committee, teamLead, anna: caseManager } = await seed.team(team, municipality);

    const refer = (citizen: CitizenFacts, incomeType: IncomeType, anchoring: Anchoring) =>
      seed.referral(caseworker, citizen, { incomeType, anchoring });
    const assign = (courseId: string) =>
      seed.send(committee, courseId, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.staffId });

    const c1 = await refer({ gender: 'male', age: 20 }, 'cash_benefit', 'section_85_administration');
    await assign(c1);
    await seed.outOfContact(caseManager, c1);
    await reassessment(c1, caseManager, 2, 'own_home', { drugs: 'unchanged' });
    await reassessment(c1, caseManager, 1, 'homeless', {
      drugs: 'positive',
      economy: 'negative',
      alcohol: 'not_relevant',
    });

    const c2 = await refer({ gender: 'female', age: 30 }, 'disability_pension', 'section_110_shelter');
    await assign(c2);
    await seed.outOfContact(caseManager, c2);
    await seed.reached(caseManager, c2);
    await reassessment(c2, caseManager, 2, 'homeless', { drugs: 'negative' });
    await reassessment(c2, caseManager, 1, 'own_home', { drugs: 'positive', economy: 'unchanged' });

    const c3 = await refer({ gender: 'male', age: 45 }, 'wage', 'section_85_administration');
    await seed.send(committee, c3, { type: 'VISITATION_REJECTED', reason: 'Housed', alternative: 'CTI' });

    await refer({ gender: 'female', age: 17 }, 'other', 'section_85_administration');

    const c5 = await refer({ gender: 'male', age: 27 }, 'cash_benefit', 'section_110_shelter');
    await seed.send(committee, c5, { type: 'VISITATION_APPROVED', waitlist: { teamId: team, priority: 'normal' } });

    const c6 = await refer({ gender: 'female', age: 22 }, 'sickness_benefit', 'section_85_administration');
    await assign(c6);
    await seed.outOfContact(caseManager, c6);
    await reassessment(c6, caseManager, 1, 'homeless', { drugs: 'negative' });
    await seed.send(teamLead, c6, { type: 'COURSE_CLOSED', reason: 'moved_away' });
  });

  afterAll(() => ctx.close());

  /**
   * A reassessment row as the assessments service writes it, `daysAgo` days back; written
   * directly, as the report reads only the row (the phase change around it is not counted).
   */
  async function reassessment(
    courseId: string,
    by: Caller,
    daysAgo: number,
    housing: HousingStatus,
    ratings: Record<string, DomainRating>,
  ): Promise<void> {
    await ctx.db.query(
      `INSERT INTO assessments (course_id, kind, ratings, housing_status, recorded_by, recorded_at, event_seq)
       SELECT id, 'reassessment', $2, $3, $4, now() - make_interval(days => $5), version FROM courses WHERE id = $1`,
      [courseId, ratings, housing, by.staffId, daysAgo],
    );
  }

  const report = (filters: { teamId?: string; ageGroup?: '18-24' | '25+' } = {}) =>
    ctx.get(OutcomeReportService).report({ municipality, ...filters });

  it('counts the citizens, the phases and the closure reasons', async () => {
    const figures = await report();
    expect([figures.citizens, figures.courses]).toEqual([6, 6]);
    expect(figures.coursesByPhase).toEqual({
      referral: share(1, 6),
      visitation: share(1, 6),
      planning: share(2, 6),
      coordination: share(0, 6),
      follow_up: share(0, 6),
      reassessment: share(0, 6),
      closed: share(2, 6),
    });
    expect(figures.coursesByClosureReason).toMatchObject({
      rejected_at_visitation: share(1, 2),
      moved_away: share(1, 2),
      no_longer_needed: share(0, 2),
    });
  });

  it('counts the background: gender, age at referral and income', async () => {
    const { background } = await report();
    expect(background.gender).toEqual({ male: share(3, 6), female: share(3, 6) });
    expect(background.ageBand).toEqual({
      under_18: share(1, 6),
      '18-24': share(2, 6),
      '25-29': share(1, 6),
      '30+': share(2, 6),
    });
    expect(background.incomeType).toEqual({
      cash_benefit: share(2, 6),
      disability_pension: share(1, 6),
      wage: share(1, 6),
      sickness_benefit: share(1, 6),
      education_grant: share(0, 6),
      other: share(1, 6),
    });
  });

  it('judges housing and the domains by each course’s latest reassessment', async () => {
    const { housing, domains } = await report();
    // c2 has a home now; c6 never had one; c1 had one at an earlier reassessment and lost it.
    expect(housing).toEqual({ gotHome: share(1, 3), didNotGetHome: share(1, 3), lostHomeAgain: share(1, 3) });
    expect(domains.drugs).toEqual({ positive: share(2, 3), unchanged: share(0, 3), negative: share(1, 3) });
    expect(domains.economy).toEqual({ positive: share(0, 2), unchanged: share(1, 2), negative: share(1, 2) });
    // Rated only `not_relevant`: nothing to divide by.
    expect(domains.alcohol).toEqual({ positive: share(0, 0), unchanged: share(0, 0), negative: share(0, 0) });
  });

  it('counts the outreach ladders by how they ended', async () => {
    expect((await report()).escalations).toEqual({
      started: 3,
      resolved: share(1, 3),
      endedByClosure: share(1, 3),
      running: share(1, 3),
    });
  });

  it('counts the finished spells of each phase', async () => {
    const { medianDaysInPhase } = await report();
    // Left referral: c1, c2, c3, c5, c6 (c4 is still there); left planning: c6; left visitation: none.
    expect(medianDaysInPhase.referral.spells).toBe(5);
    expect(medianDaysInPhase.planning.spells).toBe(1);
    expect(medianDaysInPhase.visitation).toEqual({ spells: 0, medianDays: null });
    // Built within seconds.
    expect(medianDaysInPhase.referral.medianDays).toBeLessThan(0.01);
  });

  it('counts caseloads, and the first year’s cost of the courses that got a case manager', async () => {
    const { caseload, economy } = await report();
    // Anna: c1 and c2 open, c6 closed; Bent has none.
    expect(Object.values(caseload.caseManagers).map((row) => [row.name, row.caseload, row.overNorm])).toEqual([
      ['Anna', 2, false],
      ['Bent', 0, false],
    ]);
    expect(caseload.overNorm).toEqual(share(0, 2));
    expect(economy.coursesStarted).toEqual({ section_85_administration: 2, section_110_shelter: 1 });
    // 2 × 93 000 + 1 × 52 000, the default costs.
    expect(economy.firstYearCostDkk).toBe(238_000);
  });

  it('narrows the cohort by team and by age group', async () => {
    // The team's: c1, c2, c6 by their case manager, c5 by its waitlist.
    expect((await report({ teamId: team })).courses).toBe(4);
    // Aged 18-24 at referral: c1 and c6.
    expect((await report({ ageGroup: '18-24' })).courses).toBe(2);
  });
});
