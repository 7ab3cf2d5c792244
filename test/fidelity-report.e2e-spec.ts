import { randomUUID } from 'node:crypto';
import type { WaitlistPriority } from '@workflows/icm-course';
import { closeCourse, planned, recordAssessment } from './support/care-planning';
import { recordContact } from './support/engagement';
import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** Short periods, so that plans and reassessments fall due while the test watches. */
const PERIODS_ENV = { PLAN_DUE: 'PT3S', REASSESSMENT_INTERVAL: 'PT4S' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
const share = (count: number, denominator: number) => ({
  count,
  denominator,
  share: denominator ? Math.round((count / denominator) * 10000) / 10000 : null,
});

describe('the ICM fidelity report per team and per case manager', () => {
  let api: TestApp;
  let world: World;
  const suffix = randomUUID().slice(0, 8);
  const municipality = `Fidelityby-${suffix}`;
  const teams = { F1: `fidelity-1-${suffix}`, F2: `fidelity-2-${suffix}` };
  let x: StaffHandle;
  let y: StaffHandle;
  let z: StaffHandle;
  let lead: StaffHandle;
  /** X3's wait on the waitlist, in days, from its event log. */
  let x3WaitDays: number;

  beforeAll(async () => {
    api = await startApp({ env: PERIODS_ENV });
    world = new World(api);
    const caseworker = await world.staff(['caseworker'], { municipality });
    const committee = await world.staff(['committee_member'], { municipality });
    x = await world.staff(['case_manager'], { municipality, teamId: teams.F1, name: 'Xenia' });
    y = await world.staff(['case_manager'], { municipality, teamId: teams.F1, name: 'Yrsa' });
    z = await world.staff(['case_manager'], { municipality, teamId: teams.F2, name: 'Zaki' });
    lead = await world.staff(['team_lead'], { municipality, teamId: teams.F1 });
    const assign = (caseManager: StaffHandle) =>
      world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });
    const onTheWaitlist = (priority: WaitlistPriority) =>
      world.courseIn({ caseworker, committee }, { phase: 'visitation', waitlist: { teamId: teams.F1, priority } });
    const reassess = async (cm: StaffHandle, courseId: string) => {
      await world.send(cm, courseId, { type: 'REASSESSMENT_STARTED' }).expect(200);
      await recordAssessment(api, cm, courseId, { kind: 'reassessment', nextPhase: 'coordination' }).expect(201);
    };

    // X1: plan and reassessment at once, a contact two days ago.
    const x1 = await assign(x);
    await planned(api, x, x1);
    await reassess(x, x1);
    await recordContact(api, x, x1, { successful: true, at: daysAgo(2) }).expect(201);
    // X2: a contact 20 days ago, and no plan.
    const x2 = await assign(x);
    await recordContact(api, x, x2, { successful: true, at: daysAgo(20) }).expect(201);
    // X3: waited on the team's waitlist, then assigned by the team lead and planned at once.
    const x3 = await onTheWaitlist('high');
    await sleep(20);
    await world.send(lead, x3, { type: 'CASE_MANAGER_ASSIGNED', caseManagerId: x.id }).expect(200);
    await planned(api, x, x3);
    // W1: still waiting for team F1.
    await onTheWaitlist('normal');
    // Y1: planned at once, reassessed late (below); Y2: closed before its plan was due.
    const y1 = await assign(y);
    await planned(api, y, y1);
    const y2 = await assign(y);
    await closeCourse(api, y, lead, y2, 'declined');

    await sleep(5000); // past PLAN_DUE and REASSESSMENT_INTERVAL for everything above
    await reassess(y, y1);
    await assign(z); // Z1: assigned just now, its plan not yet due

    const log = (await world.events(lead, x3)) as unknown as { resultingState: string; occurredAt: string }[];
    const waitlisted = log.find((event) => event.resultingState === 'visitation.waitlisted')!;
    const assigned = log.find((event) => event.resultingState === 'planning')!;
    x3WaitDays = (Date.parse(assigned.occurredAt) - Date.parse(waitlisted.occurredAt)) / 86_400_000;
  }, 60_000);
  afterAll(() => api.close());

  const fidelity = (query: Record<string, string>) =>
    api.http.get('/api/v1/reports/fidelity').query(query).set('Authorization', lead.auth);

  it('measures caseload, recent contact, reassessments and plans on time and the waitlist, as worked out by hand', async () => {
    const { body } = await fidelity({ municipality }).expect(200);
    const noWait = { waits: 0, medianDays: null };
    expect(body).toEqual({
      filters: { teamId: null, municipality },
      norm: 8,
      caseManagers: {
        // X1, X2, X3 open; X1 contacted within 14 days; X1 reassessed on time, then X1 and X3 overdue; X1 and X3 planned on time, X2 late.
        [x.id]: {
          name: 'Xenia',
          teamId: teams.F1,
          maxCaseload: 8,
          overNorm: false,
          openCourses: 3,
          contactWithin14Days: share(1, 3),
          reassessmentsOnTime: share(1, 3),
          plansOnTime: share(2, 3),
          waitlist: { waits: 1, medianDays: expect.closeTo(x3WaitDays, 12) },
        },
        // Y1 open (Y2 closed); Y1 reassessed late; Y1 planned on time, Y2 closed before its plan was due.
        [y.id]: {
          name: 'Yrsa',
          teamId: teams.F1,
          maxCaseload: 8,
          overNorm: false,
          openCourses: 1,
          contactWithin14Days: share(0, 1),
          reassessmentsOnTime: share(0, 1),
          plansOnTime: share(1, 1),
          waitlist: noWait,
        },
        [z.id]: {
          name: 'Zaki',
          teamId: teams.F2,
          maxCaseload: 8,
          overNorm: false,
          openCourses: 1,
          contactWithin14Days: share(0, 1),
          reassessmentsOnTime: share(0, 0),
          plansOnTime: share(0, 0),
          waitlist: noWait,
        },
      },
      teams: {
        [teams.F1]: {
          caseManagers: 2,
          coursesPerCaseManager: 2,
          overNorm: share(0, 2),
          waitingNow: 1,
          openCourses: 4,
          contactWithin14Days: share(1, 4),
          reassessmentsOnTime: share(1, 4),
          plansOnTime: share(3, 4),
          waitlist: { waits: 1, medianDays: expect.closeTo(x3WaitDays, 12) },
        },
        [teams.F2]: {
          caseManagers: 1,
          coursesPerCaseManager: 1,
          overNorm: share(0, 1),
          waitingNow: 0,
          openCourses: 1,
          contactWithin14Days: share(0, 1),
          reassessmentsOnTime: share(0, 0),
          plansOnTime: share(0, 0),
          waitlist: noWait,
        },
      },
    });
  });

  it('narrows to one team, and answers the same as CSV', async () => {
    const { body } = await fidelity({ municipality, teamId: teams.F2 }).expect(200);
    expect(Object.keys(body.teams)).toEqual([teams.F2]);
    expect(Object.keys(body.caseManagers)).toEqual([z.id]);

    const csv = await fidelity({ municipality, teamId: teams.F2 }).set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')).toEqual(
      expect.arrayContaining([
        'section,group,metric,value,count,denominator',
        `teams,${teams.F2},openCourses,1,,`,
        `teams,${teams.F2},contactWithin14Days,0,0,1`,
        `teams,${teams.F2},plansOnTime,,0,0`,
        `caseManagers,${z.id},name,Zaki,,`,
        `caseManagers,${z.id}.waitlist,medianDays,,,`,
      ]),
    );
  });

  it('is for team leads and admins', async () => {
    await api.http.get('/api/v1/reports/fidelity').set('Authorization', x.auth).expect(403);
  });
});
