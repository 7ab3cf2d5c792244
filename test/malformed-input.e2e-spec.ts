import fc from 'fast-check';
import { ACCESS_POLICY } from '@src/access/access-policy';
import { MAX_NESTING } from '@src/problems/storable-input';
import type { Role } from '@src/auth/roles';
import { DatabaseFingerprint } from './support/database-fingerprint';
import { recordContact } from './support/engagement';
import {
  forgedTokens,
  garbageAuthorization,
  garbageConditionHeaders,
  malformedBodies,
  type MalformedRequest,
  malformedParams,
  malformedQueries,
  outOfRangeParams,
  outOfRangeQueries,
} from './support/malformed-requests';
import type { Vocabulary } from './support/malformed-values';
import { type AccessWorld, buildAccessWorld } from './factories/access-world';
import { type ReachingCall, reachingCall } from './support/reaching-call';
import { routeInputs, type RouteInputs, vocabularyOf } from './support/route-inputs';
import { startApp, type TestApp } from './support/test-app';
import { TEST_ENV } from './support/test-env';

/** Runs per route and kind of input; FUZZ_SEED replays a reported failure (with its `path`, see fast-check's report). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const STACK_TRACE = /\n\s+at \S|node_modules|\.[jt]s:\d+/;
const PROPERTY_TIMEOUT_MS = 240_000;

/** Every string anywhere in a parsed body. */
const stringsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).flatMap(stringsIn)
      : [];

describe('malformed input on every route: never a 5xx or a stack trace, and a refusal writes nothing', () => {
  let api: TestApp;
  let fixture: AccessWorld;
  let fingerprint: DatabaseFingerprint;
  let routes: RouteInputs[];
  let calls: Map<string, ReachingCall>;
  let vocabulary: Vocabulary;
  let forged: string[];

  beforeAll(async () => {
    api = await startApp({
      // No worker relays the outbox here: its rows age, which must not make /health/ready a 503.
      env: {
        RATE_LIMIT_PER_MINUTE: '1000000',
        RATE_LIMIT_ANONYMOUS_PER_MINUTE: '1000000',
        READY_MAX_OUTBOX_AGE_MS: String(24 * 60 * 60 * 1000),
      },
    });
    fingerprint = await DatabaseFingerprint.connect();
    fixture = await buildAccessWorld(api);
    routes = routeInputs(api.app);
    calls = new Map(
      await Promise.all(routes.map(async (route) => [route.key, await reachingCall(api, fixture, route)] as const)),
    );
    vocabulary = vocabularyOf(routes);
    forged = await forgedTokens(TEST_ENV.JWT_SECRET);
  }, 60_000);
  afterAll(async () => {
    await fingerprint?.close();
    await api?.close();
  });

  it('finds every route the access policy names, with what its DTOs take', () => {
    expect(routes.map((route) => route.key).sort()).toEqual(Object.keys(ACCESS_POLICY).sort());
    expect(routes.find((route) => route.key === 'POST /api/v1/courses/:id/appointments')).toMatchObject({
      params: ['id'],
      bodyFields: expect.arrayContaining(['startsAt', 'endsAt', 'kind']),
    });
    expect(routes.find((route) => route.key === 'GET /api/v1/me/notifications')?.queryFields).toEqual(
      expect.arrayContaining(['limit', 'offset']),
    );
  });

  const staff = (role: Role) => fixture.callers[role].related;

  it('the database fingerprint sees an access-log row and an update that changes no value', async () => {
    const before = await fingerprint.take();
    await api.http
      .get(`/api/v1/courses/${fixture.courseA.id}`)
      .set('Authorization', staff('case_manager').auth)
      .expect(200);
    const read = await fingerprint.take();
    expect(read).not.toBe(before);
    await api.db.query(`UPDATE courses SET version = version WHERE id = $1`, [fixture.courseA.id]);
    expect(await fingerprint.take()).not.toBe(read);
  });

  it('a U+0000, which PostgreSQL cannot store, is a 422 naming its field, in a body or a query, and nothing is written', async () => {
    const before = await fingerprint.take();
    const contact = await recordContact(api, staff('case_manager'), fixture.courseA.id, {
      successful: false,
      note: 'Seen at the café\u0000',
    }).expect(422);
    expect(contact.body.errors).toEqual([{ field: 'note', messages: ['must not contain the character U+0000'] }]);
    const report = await api.http
      .get('/api/v1/reports/outcomes')
      .query({ teamId: 'north\u0000' })
      .set('Authorization', staff('team_lead').auth)
      .expect(422);
    expect(report.body.errors).toEqual([{ field: 'teamId', messages: ['must not contain the character U+0000'] }]);
    expect(await fingerprint.take()).toBe(before);
  });

  it.each([
    ['a note', 'courses/:id/events', 'text', { type: 'NOTE_ADDED' }],
    ['a closure justification', 'courses/:id/closure-proposals', 'justification', { reason: 'no_longer_needed' }],
  ])(
    'an unpaired UTF-16 surrogate in %s, which jsonb refuses, is a 422 naming its field, and nothing is written',
    async (_, route, field, rest) => {
      const before = await fingerprint.take();
      // Raw JSON: the escape arrives as the lone surrogate JSON.parse makes of it.
      const body = JSON.stringify({ ...rest, [field]: 'Mødt ved banegården PLACEHOLDER' }).replace(
        'PLACEHOLDER',
        '\\ud800',
      );
      const answer = await api.http
        .post(`/api/v1/${route.replace(':id', fixture.courseA.id)}`)
        .set('Authorization', staff('case_manager').auth)
        .set('Content-Type', 'application/json')
        .send(body)
        .expect(422);
      expect(answer.body.errors).toEqual([
        { field, messages: ['must be well-formed Unicode (it holds an unpaired UTF-16 surrogate)'] },
      ]);
      expect(await fingerprint.take()).toBe(before);
    },
  );

  it(`a body nested deeper than ${MAX_NESTING} levels is a 422 naming its field, however deep`, async () => {
    for (const depth of [MAX_NESTING, 40_000]) {
      const answer = await api.http
        .post(`/api/v1/appointments/${fixture.appointmentId}/attendance`)
        .set('Authorization', staff('case_manager').auth)
        .set('Content-Type', 'application/json')
        .send(`{"attendance":${'['.repeat(depth)}${']'.repeat(depth)}}`)
        .expect(422);
      expect(answer.body.errors).toEqual([
        { field: 'attendance', messages: [`must not nest deeper than ${MAX_NESTING} levels`] },
      ]);
    }
  });

  /** Sends `request` to `route` as the caller who reaches it, unless it brings its own Authorization. */
  async function send(route: RouteInputs, request: MalformedRequest) {
    const call = calls.get(route.key)!;
    const params = { ...call.params, ...request.params };
    const path = route.path.replace(/:(\w+)/g, (_, name: string) => params[name]);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let test = api.http[method](request.query ? `${path}?${request.query}` : path).set('Authorization', call.auth);
    for (const [name, value] of Object.entries(request.headers ?? {})) test = test.set(name, value);
    return request.body ? test.set('Content-Type', request.body.contentType).send(request.body.text) : test;
  }

  /** The properties every answer to malformed input has. */
  async function answersSoundly(route: RouteInputs, request: MalformedRequest, refusedAs?: number): Promise<void> {
    const before = await fingerprint.take();
    const answer = await send(route, request);
    const seen = `${answer.status} ${answer.headers['content-type']} ${answer.text.slice(0, 600)}`;
    if (answer.status >= 500) throw new Error(`answered ${seen}`);
    if (refusedAs !== undefined && answer.status !== refusedAs)
      throw new Error(`expected ${refusedAs}, answered ${seen}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (answer.status < 400) return;
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(answer.text);
    expect(problem).toEqual(
      expect.objectContaining({
        type: expect.any(String),
        title: expect.any(String),
        status: answer.status,
        detail: expect.any(String),
      }),
    );
    expect(stringsIn(problem).filter((text) => STACK_TRACE.test(text))).toEqual([]);
    if ((await fingerprint.take()) !== before) throw new Error(`the refusal ${seen} changed the database`);
  }

  /**
   * Checks the property on every route `generate` has input for, after the route's `examples`;
   * reports every failing route at once.
   */
  async function everyRoute(
    generate: (route: RouteInputs) => fc.Arbitrary<MalformedRequest> | undefined,
    {
      refusedAs,
      examples,
    }: {
      refusedAs?: (route: RouteInputs) => number | undefined;
      examples?: (route: RouteInputs) => MalformedRequest[];
    } = {},
  ) {
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes) {
      const requests = generate(route);
      if (!requests) continue;
      checked += 1;
      // fast-check counts the examples among the runs.
      const given = (examples?.(route) ?? []).map((request): [MalformedRequest] => [request]);
      const details = await fc.check(
        fc.asyncProperty(requests, (request) => answersSoundly(route, request, refusedAs?.(route))),
        { numRuns: given.length + RUNS, seed: SEED, includeErrorInReport: true, examples: given },
      );
      if (details.failed) failures.push(`${route.key}\n${fc.defaultReportMessage(details)}`);
    }
    expect(checked).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  }

  it(
    'bodies: any JSON, ill-typed known fields, huge strings, deep nesting, prototype keys, non-JSON text and wrong content types',
    async () => {
      await everyRoute((route) => malformedBodies(route, vocabulary));
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'path parameters: not UUIDs, unicode, very long, path traversal, and every number out of range',
    async () => {
      await everyRoute((route) => (route.params.length > 0 ? malformedParams(route) : undefined), {
        examples: outOfRangeParams,
      });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'query strings: unknown and known keys, arrays, objects, and every number and date out of range',
    async () => {
      await everyRoute((route) => malformedQueries(route, vocabulary), { examples: outOfRangeQueries });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'a garbage Authorization is a 401 on every route that is not public',
    async () => {
      await everyRoute(
        () => garbageAuthorization(forged).map((authorization) => ({ headers: { Authorization: authorization } })),
        { refusedAs: (route) => (route.policy.roles === 'public' ? undefined : 401) },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'If-Match and Idempotency-Key garbage',
    async () => {
      await everyRoute(() => garbageConditionHeaders());
    },
    PROPERTY_TIMEOUT_MS,
  );
});
