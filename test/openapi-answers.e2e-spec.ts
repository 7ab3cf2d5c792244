import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { ControllerRoutes } from '@src/access/controller-routes';
import { openApiPathOf } from '@src/api-docs/operations';
import { planBody, ratings } from './support/care-planning';
import { DocumentedAnswers } from './support/documented-answers';
import { appointmentEndingIn, FAST_LADDER_ENV, firedSteps } from './support/engagement';
import { eventually } from './support/eventually';
import { bearer, startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { referralBody } from './factories/referral-body';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/**
 * The document tells the truth: a course walked through every route, each answer (successes and
 * refusals alike) held up against the schema the document gives for its status.
 */
describe('the answers the API sends, against its OpenAPI document', () => {
  let api: TestApp;
  let worker: TestWorker;
  let answers: DocumentedAnswers;
  beforeAll(async () => {
    api = await startApp({ env: { ...FAST_LADDER_ENV, DEVELOPMENT_SIGN_IN: 'true' } });
    worker = await startWorker({ env: FAST_LADDER_ENV });
    answers = new DocumentedAnswers((await api.http.get('/api/docs-json').expect(200)).body);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  type Method = 'get' | 'post' | 'put' | 'patch';
  /** Sends a request and checks its answer against the document; `expected` guards the walk itself. */
  const call = async (
    staff: StaffHandle | undefined,
    method: Method,
    path: string,
    expected: number,
    body?: object,
    accept?: string,
  ): Promise<Response> => {
    let request = api.http[method](path);
    if (staff) request = request.set('Authorization', staff.auth);
    if (accept) request = request.set('Accept', accept);
    return answers.check(await (body ? request.send(body) : request).expect(expected));
  };

  it('match their documented schemas on every route', async () => {
    const world = new World(api);
    const teamId = `openapi-${randomUUID().slice(0, 8)}`;
    const adminId = randomUUID();
    const admin = { id: adminId, auth: await bearer(adminId, 'admin') };
    const [caseworker, committee, caseManager, teamLead, auditor] = await Promise.all([
      world.staff(['caseworker']),
      world.staff(['committee_member']),
      world.staff(['case_manager'], { teamId }),
      world.staff(['team_lead'], { teamId }),
      world.staff(['auditor']),
    ]);

    // Staff
    const { body: added } = await call(admin, 'post', '/api/v1/staff', 201, {
      name: 'Mette Jensen',
      roles: ['case_manager'],
      teamId,
    });
    await call(admin, 'get', `/api/v1/staff/${added.id}`, 200);
    await call(admin, 'get', '/api/v1/staff', 200);
    await call(admin, 'patch', `/api/v1/staff/${added.id}`, 200, { email: 'mette@kommune.example' });
    await call(admin, 'patch', `/api/v1/staff/${added.id}`, 422, { email: 'not an address' });
    await call(admin, 'patch', `/api/v1/staff/${added.id}/caseload-limit`, 200, { maxCaseload: 9 });
    await call(committee, 'get', `/api/v1/staff/case-managers/available?teamId=${teamId}`, 200);
    await call(teamLead, 'get', `/api/v1/teams/${teamId}/caseloads`, 200);
    await call(teamLead, 'get', '/api/v1/teams/another-team/caseloads', 403);
    await call(undefined, 'post', '/api/v1/staff', 401, { name: 'No token' });
    await call(caseworker, 'post', '/api/v1/staff', 403, { name: 'Not an admin' });

    // Referral and visitation
    const referred = referralBody();
    const referralCpr = referred.citizen.cpr;
    const { body: referral } = await call(caseworker, 'post', '/api/v1/referrals', 201, referred);
    const course = `/api/v1/courses/${referral.courseId}`;
    await call(committee, 'get', `/api/v1/referrals/${referral.courseId}`, 200);
    await call(caseworker, 'post', '/api/v1/referrals', 422, { ...referralBody(), consent: false });
    await call(committee, 'get', '/api/v1/referrals?status=awaiting_visitation', 200);
    await call(committee, 'post', `${course}/visitation`, 200, { decision: 'approve', caseManagerId: caseManager.id });
    const { body: view } = await call(caseManager, 'get', course, 200);
    await call(caseManager, 'get', `/api/v1/courses/${randomUUID()}`, 404);
    await call(caseManager, 'get', '/api/v1/me/courses', 200);

    // Planning and coordination
    await call(caseManager, 'post', `${course}/assessments`, 201, {
      kind: 'baseline',
      domains: ratings(),
      housingStatus: 'homeless',
    });
    await call(caseManager, 'post', `${course}/assessments`, 409, {
      kind: 'baseline',
      domains: ratings(),
      housingStatus: 'homeless',
    });
    await call(caseManager, 'post', `${course}/plan`, 201, planBody());
    await call(caseManager, 'get', `${course}/plan`, 200);
    await call(caseManager, 'get', `${course}/plan/versions`, 200);
    await call(caseManager, 'get', `${course}/plan/versions/1`, 200);
    await call(caseManager, 'post', `${course}/plan/approval`, 200);
    const { body: services } = await call(caseManager, 'get', `${course}/services`, 200);
    await call(caseManager, 'post', `${course}/services/${services[0].id}/status`, 200, {
      status: 'started',
      note: 'First session on Monday',
    });
    await call(caseManager, 'get', `${course}/services/${services[0].id}`, 200);
    await call(caseManager, 'post', `${course}/events`, 200, { type: 'NOTE_ADDED', text: 'Met at the shelter' });
    await call(caseManager, 'post', `${course}/events`, 409, { type: 'COORDINATION_RESUMED' });
    await call(caseManager, 'get', `${course}/events`, 200);
    await call(caseManager, 'get', `${course}/assessments`, 200);

    // Appointments, a missed one's ladder, contacts
    const { body: attended } = await call(
      caseManager,
      'post',
      `${course}/appointments`,
      201,
      appointmentEndingIn(60 * 60_000),
    );
    const { startsAt, endsAt } = appointmentEndingIn(90 * 60_000);
    await call(caseManager, 'patch', `/api/v1/appointments/${attended.id}`, 200, { startsAt, endsAt });
    await call(caseManager, 'post', `/api/v1/appointments/${attended.id}/attendance`, 200, { attendance: 'attended' });
    await call(caseManager, 'post', `/api/v1/appointments/${attended.id}/cancellation`, 409, {});
    const { body: cancelled } = await call(
      caseManager,
      'post',
      `${course}/appointments`,
      201,
      appointmentEndingIn(60 * 60_000, 'housing'),
    );
    await call(caseManager, 'post', `/api/v1/appointments/${cancelled.id}/cancellation`, 200, {
      reason: 'The clinic moved it',
    });
    const { body: missed } = await call(
      caseManager,
      'post',
      `${course}/appointments`,
      201,
      appointmentEndingIn(60 * 60_000, 'psychiatry'),
    );
    await call(caseManager, 'post', `/api/v1/appointments/${missed.id}/attendance`, 200, { attendance: 'missed' });
    await call(caseManager, 'get', `${course}/appointments`, 200);
    await eventually(
      () => firedSteps(api, referral.courseId),
      (steps) => steps.length > 0,
    );
    await call(caseManager, 'post', `${course}/escalations/acknowledgements`, 200, {
      level: 1,
      plannedAction: 'Call his sister tonight',
    });
    await call(caseManager, 'get', `${course}/escalations`, 200);
    await call(teamLead, 'get', '/api/v1/escalations?status=open', 200);
    await call(caseManager, 'post', `${course}/contacts`, 201, {
      at: new Date().toISOString(),
      channel: 'outreach_visit',
      successful: true,
      whereabouts: 'The day centre',
    });
    await call(caseManager, 'get', `${course}/contacts`, 200);

    // Closure, refused
    const { body: proposal } = await call(caseManager, 'post', `${course}/closure-proposals`, 201, {
      reason: 'moved_away',
      justification: 'Moved to Odense',
    });
    await call(caseManager, 'get', `${course}/closure-proposals`, 200);
    await call(teamLead, 'get', '/api/v1/closure-proposals?limit=10', 200);
    await call(teamLead, 'post', `/api/v1/closure-proposals/${proposal.id}/decision`, 200, {
      decision: 'reject',
      note: 'He is still in Aarhus',
    });

    // The waitlist
    const { body: waiting } = await call(caseworker, 'post', '/api/v1/referrals', 201, referralBody());
    await call(committee, 'post', `/api/v1/courses/${waiting.courseId}/visitation`, 200, {
      decision: 'approve',
      waitlist: { teamId, priority: 'high' },
    });
    await call(committee, 'get', `/api/v1/waitlist?teamId=${teamId}`, 200);

    // The caller's own
    const inbox = await eventually(
      () => call(caseManager, 'get', '/api/v1/me/notifications', 200),
      ({ body }) => body.items.length > 0,
    );
    await call(caseManager, 'post', `/api/v1/me/notifications/${inbox.body.items[0].id}/read`, 204);
    await call(caseManager, 'post', `/api/v1/me/notifications/${randomUUID()}/read`, 404);
    await call(caseManager, 'get', '/api/v1/me/notification-preferences', 200);
    await call(caseManager, 'put', '/api/v1/me/notification-preferences', 200, { reminderDelivery: 'daily_digest' });
    const { body: feed } = await call(caseManager, 'post', '/api/v1/me/calendar-feed', 201);
    await call(undefined, 'get', new URL(feed.url).pathname, 200, undefined, 'text/calendar');

    // Reports, audit and data subject requests
    await call(teamLead, 'get', `/api/v1/reports/outcomes?teamId=${teamId}`, 200);
    await call(teamLead, 'get', `/api/v1/reports/outcomes?teamId=${teamId}`, 200, undefined, 'text/csv');
    await call(teamLead, 'get', `/api/v1/reports/fidelity?teamId=${teamId}`, 200);
    await call(auditor, 'get', `/api/v1/audit/access?citizenId=${view.citizen.id}`, 200);
    await call(auditor, 'get', `/api/v1/audit/access/export?citizenId=${view.citizen.id}`, 200, undefined, 'text/csv');
    await call(auditor, 'post', '/api/v1/audit/citizen-lookup', 200, { cpr: referralCpr });
    await call(auditor, 'post', '/api/v1/audit/citizen-lookup', 404, { cpr: '010100-5001' });
    await call(auditor, 'post', '/api/v1/audit/citizen-lookup', 422, { cpr: '320150-0001' });
    await call(auditor, 'get', `/api/v1/citizens/${view.citizen.id}/export`, 200);
    await call(auditor, 'post', `/api/v1/citizens/${view.citizen.id}/erasure`, 409);

    // Signing in
    await call(undefined, 'get', '/api/v1/sign-in/options', 200);
    await call(undefined, 'get', '/api/v1/sign-in/development/staff', 200);
    await call(undefined, 'post', '/api/v1/sign-in/development', 201, { staffId: caseManager.id });
    await call(caseManager, 'get', '/api/v1/me', 200);

    // Operations
    await call(undefined, 'get', '/health', 200);
    await call(undefined, 'get', '/health/ready', 200);
    await call(undefined, 'get', '/metrics', 200);
    await call(admin, 'post', '/api/v1/admin/dashboard-session', 204);

    // The course closed long enough ago, the citizen is erased
    const { body: closing } = await call(caseManager, 'post', `${course}/closure-proposals`, 201, {
      reason: 'moved_away',
      justification: 'Moved to Odense',
    });
    await call(teamLead, 'post', `/api/v1/closure-proposals/${closing.id}/decision`, 200, { decision: 'approve' });
    await api.db.query(`UPDATE courses SET closed_at = closed_at - interval '6 years' WHERE id = $1`, [
      referral.courseId,
    ]);
    await call(auditor, 'post', `/api/v1/citizens/${view.citizen.id}/erasure`, 200);

    expect(answers.mismatches).toEqual([]);
    const notSeenSucceeding = api.app
      .get(ControllerRoutes)
      .keys()
      .map((key) => key.replace(/ (.*)$/, (_, path: string) => ` ${openApiPathOf(path)}`))
      .filter((route) => !answers.succeeded.has(route));
    expect(notSeenSucceeding).toEqual([]);
  }, 60_000);
});
