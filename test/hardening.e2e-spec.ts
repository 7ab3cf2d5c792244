import { webAppIndex } from '@src/web-app/web-app-files';
import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { signDevelopmentToken } from '@src/auth/development-token';
import { JsonLogger, jsonLines } from '@src/logging/json-logger';
import { jobIdOf } from '@src/outbox/side-effect-publisher';
import { NOTIFICATIONS_QUEUE, TIMERS_QUEUE } from '@src/queues/queues';
import { appointmentEndingIn, FAST_LADDER_ENV, registerAttendance, scheduleAppointment } from './support/engagement';
import { eventually } from './support/eventually';
import { bearer, startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { TEST_ENV } from './support/test-env';
import { referralBody } from './factories/referral-body';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const ALLOWED_ORIGIN = 'https://sagsbehandling.example.dk';
const UNKNOWN_ORIGIN = 'https://elsewhere.example.com';
const STACK_TRACE = /\n\s+at |node_modules|\.[jt]s:\d+/;

describe('HTTP hardening, request ids and rate limits', () => {
  const logLines: Record<string, unknown>[] = [];
  let worker: TestWorker;
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;

  beforeAll(async () => {
    // The worker first: it silences Nest's shared logger, which the API then takes over.
    worker = await startWorker({ env: FAST_LADDER_ENV });
    const logger = new JsonLogger(
      jsonLines('log', 'api', { write: (line: string) => logLines.push(JSON.parse(line)) }),
    );
    api = await startApp({ env: { ...FAST_LADDER_ENV, CORS_ORIGINS: ALLOWED_ORIGIN, BODY_LIMIT: '16kb' }, logger });
    world = new World(api);
    caseworker = await world.staff(['caseworker']);
  });
  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const outboxOf = (
    courseId: string,
  ): Promise<{ id: string; kind: string; requestId: string | null; createdAt: Date; eventType: string }[]> =>
    api.db.query(
      `SELECT o.id::text, o.kind, o.request_id AS "requestId", o.created_at AS "createdAt", e.type AS "eventType"
       FROM outbox o JOIN course_events e ON (e.course_id, e.seq) = (o.course_id, o.event_seq) WHERE o.course_id = $1 ORDER BY o.id`,
      [courseId],
    );
  const jobData = async (queue: string, row: { id: string; createdAt: Date }) =>
    (await worker.context.get<Queue>(getQueueToken(queue), { strict: false }).getJob(jobIdOf(row)))?.data;

  describe('security headers', () => {
    it("every answer carries helmet's headers and no X-Powered-By", async () => {
      const { headers } = await api.http.get('/api/v1/nowhere').expect(404);
      expect(headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'referrer-policy': 'no-referrer',
      });
      expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(headers['content-security-policy']).toContain("default-src 'self'");
      expect(headers['x-powered-by']).toBeUndefined();
    });

    it('the API docs load under that policy: no inline script, every script from the same origin', async () => {
      const page = await api.http.get('/api/docs').redirects(1).expect(200);
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      const scripts = [...page.text.matchAll(/<script([^>]*)>([^<]*)<\/script>/g)];
      expect(scripts.length).toBeGreaterThan(0);
      for (const [, attributes, inline] of scripts) {
        expect(inline.trim()).toBe('');
        const src = /src=["']([^"']+)["']/.exec(attributes)![1];
        expect(src).not.toMatch(/^(https?:)?\/\//);
        await api.http.get(new URL(src, 'http://api.local/api/docs/').pathname).expect(200);
      }
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      api.http
        .options('/api/v1/referrals')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'authorization,content-type');

    it('is refused to an origin CORS_ORIGINS does not list', async () => {
      expect((await preflight(UNKNOWN_ORIGIN)).headers['access-control-allow-origin']).toBeUndefined();
      const answer = await api.http
        .get('/api/v1/referrals?status=awaiting_visitation')
        .set('Origin', UNKNOWN_ORIGIN)
        .set('Authorization', caseworker.auth)
        .expect(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('is allowed to a listed origin, which may read the request id', async () => {
      const allowed = await preflight(ALLOWED_ORIGIN).expect(204);
      expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(allowed.headers['access-control-allow-methods']).toContain('POST');
      const answer = await api.http
        .get('/api/v1/referrals?status=awaiting_visitation')
        .set('Origin', ALLOWED_ORIGIN)
        .set('Authorization', caseworker.auth)
        .expect(200);
      expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED_ORIGIN);
      expect(answer.headers['access-control-expose-headers']).toContain('X-Request-Id');
    });
  });

  describe('connections', () => {
    it('an idle connection is kept for HTTP_KEEP_ALIVE_SECONDS, longer than a load balancer keeps its own, and each answer says so', async () => {
      const { headers } = await api.http.get('/health').set('Connection', 'keep-alive').expect(200);
      expect(headers.connection).toBe('keep-alive');
      expect(headers['keep-alive']).toBe('timeout=65');
    });
  });

  describe('request bodies and error answers', () => {
    it('a body over BODY_LIMIT is a 413 problem, before any route sees it', async () => {
      const body = referralBody({ reason: 'x'.repeat(20_000) });
      const answer = await api.http
        .post('/api/v1/referrals')
        .set('Authorization', caseworker.auth)
        .send(body)
        .expect(413);
      expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(answer.body).toMatchObject({
        status: 413,
        type: expect.stringMatching(/body-too-large$/),
        detail: expect.stringContaining('16384 bytes'),
      });
    });

    it('malformed JSON and unknown routes are problems with no stack trace and no echo of the body', async () => {
      const malformed = await api.http
        .post('/api/v1/referrals')
        .set('Authorization', caseworker.auth)
        .set('Content-Type', 'application/json')
        // JSON.parse's own message would quote the body around the stray x.
        .send('{"name": "Jens Jensen", "cpr": x010190-1234}')
        .expect(400);
      const missing = await api.http.get('/api/v1/nowhere/at/all').expect(404);
      for (const answer of [malformed, missing]) {
        expect(answer.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(answer.body).toEqual(
          expect.objectContaining({ type: expect.any(String), title: expect.any(String), status: answer.status }),
        );
        expect(answer.text).not.toMatch(STACK_TRACE);
        expect(answer.text).not.toMatch(/010190|Jens/);
      }
    });

    it('GET of a page outside the service answers the web application when it is built, else a 404 problem', async () => {
      const answer = await api.http.get('/forloeb/some-deep-link');
      if (webAppIndex()) {
        expect(answer.status).toBe(200);
        expect(answer.headers['content-type']).toMatch(/^text\/html/);
        expect(answer.text).toContain('<div id="root">');
      } else {
        expect(answer.status).toBe(404);
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });

    it.each([
      ['GET', '/api/no-such-version/courses'],
      ['GET', '/health/no-such-check'],
      ['GET', '/metrics/no-such-series'],
      ['POST', '/no-such-page'],
      ['DELETE', '/health'],
    ])('%s %s outside the API is a 404 problem, not an HTML page', async (method, path) => {
      const answer = await api.http[method.toLowerCase() as 'get' | 'post' | 'delete'](path).expect(404);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(answer.body).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `Cannot ${method} ${path}`,
      });
    });
  });

  describe('request ids', () => {
    it('a sane X-Request-Id is echoed; anything else is replaced by a new one', async () => {
      expect(
        (await api.http.get('/health').set('X-Request-Id', 'lb-7f3a9c1e').expect(200)).headers['x-request-id'],
      ).toBe('lb-7f3a9c1e');
      const replaced = (await api.http.get('/health').set('X-Request-Id', 'two words').expect(200)).headers[
        'x-request-id'
      ];
      expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
      expect((await api.http.get('/health').expect(200)).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it("a referral's outbox row carries its request id, and so does the job the relay publishes", async () => {
      const requestId = `referral-${randomUUID()}`;
      const answer = await api.http
        .post('/api/v1/referrals')
        .set('Authorization', caseworker.auth)
        .set('X-Request-Id', requestId)
        .send(referralBody())
        .expect(201);
      expect(answer.headers['x-request-id']).toBe(requestId);
      const rows = await outboxOf(answer.body.courseId);
      expect(rows.map((row) => row.requestId)).toEqual(rows.map(() => requestId));
      const notice = rows.find((row) => row.kind === 'notify')!;
      const job = await eventually(
        () => jobData(NOTIFICATIONS_QUEUE, notice),
        (data) => data !== undefined,
      );
      expect(job).toMatchObject({ outboxId: notice.id, requestId });
    });

    it('one escalation is followed from the request that recorded the miss through the jobs that fired its steps', async () => {
      const committee = await world.staff(['committee_member']);
      const caseManager = await world.staff(['case_manager'], { maxCaseload: 50 });
      const courseId = await world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });
      // Still running, so that its own attendance timer (due after the end) cannot register the miss first.
      const appointment = await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(60_000));
      const requestId = `miss-${randomUUID()}`;
      await registerAttendance(api, caseManager, appointment.id, 'missed').set('X-Request-Id', requestId).expect(200);

      // Level 1 fires at once and level 2 two seconds later, each in a timer job's own transaction.
      const rows = await eventually(
        () => outboxOf(courseId),
        (all) => all.filter((row) => row.eventType === 'ESCALATION_STEP_DUE').length >= 4,
        15_000,
      );
      const fromTheMiss = rows.slice(rows.findIndex((row) => row.eventType === 'APPOINTMENT_MISSED'));
      expect(new Set(fromTheMiss.map((row) => row.eventType))).toEqual(
        new Set(['APPOINTMENT_MISSED', 'ESCALATION_STEP_DUE']),
      );
      expect(fromTheMiss.map((row) => row.requestId)).toEqual(fromTheMiss.map(() => requestId));
      expect(rows.filter((row) => !fromTheMiss.includes(row)).map((row) => row.requestId)).not.toContain(requestId);

      const stepTimer = fromTheMiss.find((row) => row.eventType === 'ESCALATION_STEP_DUE' && row.kind === 'timerDue')!;
      const job = await eventually(
        () => jobData(TIMERS_QUEUE, stepTimer),
        (data) => data !== undefined,
      );
      expect(job).toMatchObject({ courseId, requestId });
    });
  });

  describe('the request log', () => {
    it('has one line per request: method, route pattern, status, duration, request id and staff member, never query values or the body', async () => {
      const requestId = `log-${randomUUID()}`;
      const body = referralBody();
      await api.http
        .post('/api/v1/referrals')
        .set('Authorization', caseworker.auth)
        .set('X-Request-Id', requestId)
        .send(body)
        .expect(201);
      await api.http
        .get('/api/v1/referrals?status=decided')
        .set('Authorization', caseworker.auth)
        .set('X-Request-Id', `${requestId}-list`)
        .expect(200);

      const lines = await eventually(
        async () => logLines.filter((line) => line.msg === 'request' && String(line.requestId).startsWith(requestId)),
        (found) => found.length === 2,
      );
      expect(lines).toEqual([
        expect.objectContaining({
          context: 'Http',
          method: 'POST',
          route: '/api/v1/referrals',
          status: 201,
          requestId,
          staffId: caseworker.id,
          durationMs: expect.any(Number),
        }),
        expect.objectContaining({
          method: 'GET',
          route: '/api/v1/referrals',
          status: 200,
          requestId: `${requestId}-list`,
        }),
      ]);
      const everything = JSON.stringify(logLines);
      expect(everything).not.toContain('decided');
      expect(everything).not.toContain(body.citizen.cpr);
      expect(everything).not.toContain(body.citizen.cpr.replace('-', ''));
      expect(everything).not.toContain(body.citizen.name);
    });
  });

  describe('two API processes with a low rate limit and no CORS_ORIGINS', () => {
    // Counted under a prefix of their own, so that this address being held back here holds no later spec back.
    const strictEnv = {
      RATE_LIMIT_PER_MINUTE: '5',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '2',
      QUEUE_PREFIX: `${TEST_ENV.QUEUE_PREFIX}-strict`,
    };
    const strict: TestApp[] = [];
    beforeAll(async () => {
      const quiet = new JsonLogger(jsonLines('error', 'api', { write: () => undefined }));
      for (let i = 0; i < 2; i++) strict.push(await startApp({ env: strictEnv, logger: quiet }));
    });
    afterAll(() => Promise.all(strict.map((app) => app.close())));

    const inbox = (app: TestApp, auth: string) => app.http.get('/api/v1/me/notifications').set('Authorization', auth);

    it('the limit holds per staff member across the processes: the sixth request in a minute is a 429 problem with Retry-After', async () => {
      const auth = await bearer(randomUUID(), 'case_manager');
      for (let i = 0; i < 5; i++) await inbox(strict[i % 2], auth).expect(200);
      const refused = await inbox(strict[1], auth).expect(429);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({
        status: 429,
        type: expect.stringMatching(/rate-limited$/),
        title: 'Too many requests',
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      await inbox(strict[0], auth).expect(429);

      // Another staff member, from the same address, is not held back.
      await inbox(strict[0], await bearer(randomUUID(), 'case_manager')).expect(200);
    });

    it('requests without a valid token count against their address: guessing tokens is limited too', async () => {
      const forged = `Bearer ${await signDevelopmentToken('not-the-secret-not-the-secret-not-the', { sub: randomUUID(), roles: ['admin'] })}`;
      await inbox(strict[0], forged).expect(401);
      await strict[1].http.get('/api/v1/me/notifications').expect(401);
      const refused = await inbox(strict[0], forged).expect(429);
      expect(refused.body).toMatchObject({ status: 429, type: expect.stringMatching(/rate-limited$/) });
      // A verified staff member from the same address counts on their own.
      await inbox(strict[1], await bearer(randomUUID(), 'case_manager')).expect(200);
    });

    it('health probes are not limited', async () => {
      for (let i = 0; i < 5; i++) await strict[0].http.get('/health').expect(200);
    });

    it('CORS is closed to every origin', async () => {
      const answer = await strict[0].http.get('/health').set('Origin', ALLOWED_ORIGIN).expect(200);
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    });
  });
});
