import { COSTS, expectedOutcomes, type LoggedPhase } from './support/expected-outcomes';
import { buildReportCohort, type CohortCourse, type ReportCohort } from './support/report-cohort';
import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';

describe('the outcome report, checked against a cohort built through the API and counted by hand', () => {
  let api: TestApp;
  let cohort: ReportCohort;
  const logs = new Map<string, LoggedPhase[]>();

  beforeAll(async () => {
    api = await startApp();
    cohort = await buildReportCohort(api);
    for (const course of cohort.courses) logs.set(course.courseId, await eventLog(course));
  }, 120_000);
  afterAll(() => api.close());

  /** The times each course entered its phases, straight from the append-only log. */
  async function eventLog(course: CohortCourse): Promise<LoggedPhase[]> {
    const rows = await api.db.query(
      `SELECT resulting_phase AS "resultingPhase", occurred_at AS "occurredAt" FROM course_events WHERE course_id = $1 ORDER BY seq`,
      [course.courseId],
    );
    return rows.map((row: { resultingPhase: string; occurredAt: Date }) => ({
      resultingPhase: row.resultingPhase,
      occurredAt: row.occurredAt.toISOString(),
    }));
  }

  const report = async (query: Record<string, string>, as: StaffHandle = cohort.teamLead) =>
    (await api.http.get('/api/v1/reports/outcomes').query(query).set('Authorization', as.auth).expect(200)).body;

  const base = () => ({ from: cohort.since, municipality: cohort.municipality });
  const filtersOf = (query: Record<string, string>) => ({
    from: null,
    to: null,
    teamId: null,
    municipality: null,
    ageGroup: null,
    ...query,
  });
  const caseloadOf = (entries: [StaffHandle, string, string, number, number][]) => ({
    norm: 8,
    overNorm: {
      count: entries.filter(([, , , caseload]) => caseload > 8).length,
      denominator: entries.length,
      share: entries.length
        ? Math.round((entries.filter(([, , , caseload]) => caseload > 8).length / entries.length) * 10000) / 10000
        : null,
    },
    caseManagers: Object.fromEntries(
      entries.map(([staff, name, teamId, caseload, maxCaseload]) => [
        staff.id,
        { name, teamId, caseload, maxCaseload, overNorm: caseload > 8 },
      ]),
    ),
  });
  const allCaseManagers = () => {
    const { cm1, cm2, cm3 } = cohort.caseManagers;
    return [
      [cm1, 'Anna', cohort.teams.A, 1, 8],
      [cm2, 'Bent', cohort.teams.A, 10, 12],
      [cm3, 'Carla', cohort.teams.B, 1, 8],
    ] as [StaffHandle, string, string, number, number][];
  };

  it('counts every figure of the whole cohort as worked out by hand', async () => {
    const body = await report(base());
    expect(body).toEqual({
      filters: filtersOf(base()),
      ...expectedOutcomes(cohort.courses, logs),
      caseload: caseloadOf(allCaseManagers()),
    });

    // The same, spelled out for the headline figures.
    expect(body.citizens).toBe(8);
    expect(body.housing).toEqual({
      gotHome: { count: 1, denominator: 4, share: 0.25 },
      didNotGetHome: { count: 1, denominator: 4, share: 0.25 },
      lostHomeAgain: { count: 2, denominator: 4, share: 0.5 },
    });
    expect(body.domains.alcohol).toEqual({
      positive: { count: 2, denominator: 3, share: 0.6667 },
      unchanged: { count: 1, denominator: 3, share: 0.3333 },
      negative: { count: 0, denominator: 3, share: 0 },
    });
    expect(body.domains.mental_illness).toMatchObject({
      positive: { count: 1, denominator: 4 },
      negative: { count: 2, denominator: 4 },
    });
    expect(body.coursesByPhase).toMatchObject({
      referral: { count: 1 },
      visitation: { count: 1 },
      coordination: { count: 0 },
      closed: { count: 3, denominator: 8 },
    });
    expect(body.coursesByClosureReason).toMatchObject({
      rejected_at_visitation: { count: 1, denominator: 3 },
      declined: { count: 0, denominator: 3 },
    });
    expect(body.escalations).toEqual({
      started: 3,
      resolved: { count: 1, denominator: 3, share: 0.3333 },
      endedByClosure: { count: 1, denominator: 3, share: 0.3333 },
      running: { count: 1, denominator: 3, share: 0.3333 },
    });
    expect(body.background.gender).toEqual({
      male: { count: 5, denominator: 8, share: 0.625 },
      female: { count: 3, denominator: 8, share: 0.375 },
    });
    expect(body.background.ageBand).toMatchObject({
      under_18: { count: 1 },
      '18-24': { count: 3 },
      '25-29': { count: 2 },
      '30+': { count: 2 },
    });
    expect(body.economy).toEqual({
      firstYearCostPerCourseDkk: COSTS,
      coursesStarted: { section_85_administration: 4, section_110_shelter: 1 },
      firstYearCostDkk: 4 * 93000 + 52000,
    });
    expect(body.caseload.overNorm).toEqual({ count: 1, denominator: 3, share: 0.3333 });
  });

  it.each([
    [
      'team A',
      (c: ReportCohort) => ({ teamId: c.teams.A }),
      (course: CohortCourse) => course.team === 'A',
      ['cm1', 'cm2'],
    ],
    [
      'team B (its waitlist too)',
      (c: ReportCohort) => ({ teamId: c.teams.B }),
      (course: CohortCourse) => course.team === 'B',
      ['cm3'],
    ],
    [
      'age group 18-24',
      () => ({ ageGroup: '18-24' }),
      (course: CohortCourse) => course.age >= 18 && course.age <= 24,
      ['cm1', 'cm2', 'cm3'],
    ],
    ['age group 25+', () => ({ ageGroup: '25+' }), (course: CohortCourse) => course.age >= 25, ['cm1', 'cm2', 'cm3']],
    [
      'referred from the midpoint',
      (c: ReportCohort) => ({ from: c.midpoint }),
      (course: CohortCourse) => course.late,
      ['cm1', 'cm2', 'cm3'],
    ],
    [
      'referred before the midpoint',
      (c: ReportCohort) => ({ to: c.midpoint }),
      (course: CohortCourse) => !course.late,
      ['cm1', 'cm2', 'cm3'],
    ],
  ] as const)('counts only the courses of %s', async (_, filter, included, caseManagers) => {
    const query = { ...base(), ...filter(cohort) };
    const courses = cohort.courses.filter(included);
    expect(courses.length).toBeGreaterThan(0);
    const keys = ['cm1', 'cm2', 'cm3'] as const;
    const listed = allCaseManagers().filter((_entry, i) => (caseManagers as readonly string[]).includes(keys[i]));
    expect(await report(query)).toEqual({
      filters: filtersOf(query),
      ...expectedOutcomes(courses, logs),
      caseload: caseloadOf(listed),
    });
  });

  it('answers Accept: text/csv with the same figures, one line each, every share with its count and denominator', async () => {
    const json = await report(base());
    const answer = await api.http
      .get('/api/v1/reports/outcomes')
      .query(base())
      .set('Authorization', cohort.admin.auth)
      .set('Accept', 'text/csv')
      .expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...lines] = answer.text.trimEnd().split('\r\n');
    expect(header).toBe('section,group,metric,value,count,denominator');
    const { cm2 } = cohort.caseManagers;
    expect(lines).toEqual(
      expect.arrayContaining([
        'citizens,,citizens,8,,',
        'housing,,gotHome,0.25,1,4',
        'housing,,lostHomeAgain,0.5,2,4',
        'domains,alcohol,positive,0.6667,2,3',
        'coursesByPhase,,closed,0.375,3,8',
        'coursesByClosureReason,,moved_away,0.3333,1,3',
        `medianDaysInPhase,planning,spells,${json.medianDaysInPhase.planning.spells},,`,
        `medianDaysInPhase,planning,medianDays,${json.medianDaysInPhase.planning.medianDays},,`,
        `caseload,caseManagers.${cm2.id},caseload,10,,`,
        `caseload,caseManagers.${cm2.id},overNorm,true,,`,
        'escalations,,started,3,,',
        'background,incomeType,cash_benefit,0.5,4,8',
        'economy,coursesStarted,section_110_shelter,1,,',
        'economy,,firstYearCostDkk,424000,,',
        `filters,,municipality,${cohort.municipality},,`,
      ]),
    );
    // Every section of the JSON answer is there, and every share line agrees with its own count and denominator.
    expect(new Set(lines.map((line) => line.split(',')[0]))).toEqual(new Set(Object.keys(json)));
    for (const [, , , value, count, denominator] of lines.map((line) => line.split(','))) {
      if (count === '') continue;
      expect(value).toBe(
        Number(denominator) === 0 ? '' : String(Math.round((Number(count) / Number(denominator)) * 10000) / 10000),
      );
    }
  });

  it('is for team leads and admins, and refuses a malformed filter naming it', async () => {
    const { cm1 } = cohort.caseManagers;
    await api.http.get('/api/v1/reports/outcomes').set('Authorization', cm1.auth).expect(403);
    const bad = await api.http
      .get('/api/v1/reports/outcomes')
      .query({ ageGroup: '30-39', from: 'yesterday' })
      .set('Authorization', cohort.admin.auth)
      .expect(422);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['ageGroup', 'from']);
  });
});
