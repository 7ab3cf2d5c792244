import { randomUUID } from 'node:crypto';
import { planBody, ratings } from './support/care-planning';
import { appointmentEndingIn } from './support/engagement';
import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/**
 * Every route that changes a course takes the version the client read in `If-Match`: a stale one is
 * a 409 that changes nothing, a current one goes through, a malformed one is a 422.
 */
describe('If-Match on the routes that change a course', () => {
  let api: TestApp;
  let world: World;
  let team: { caseworker: StaffHandle; committee: StaffHandle; caseManager: StaffHandle; teamLead: StaffHandle };

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    team = await world.team(`if-match-${randomUUID()}`);
  });
  afterAll(() => api.close());

  const version = async (courseId: string): Promise<number> => (await world.course(team.caseManager, courseId)).version;
  const post = (path: string, body: object, ifMatch: string) =>
    api.http.post(path).set('Authorization', team.caseManager.auth).set('If-Match', ifMatch).send(body);

  /** Each route with a course ready for it: its path and body. */
  const routes: [string, (courseId: string) => Promise<{ path: string; body: object }>][] = [
    [
      'POST /courses/:id/contacts',
      async (courseId) => ({
        path: `/api/v1/courses/${courseId}/contacts`,
        body: { at: new Date().toISOString(), channel: 'phone', successful: true },
      }),
    ],
    [
      'POST /courses/:id/appointments',
      async (courseId) => ({ path: `/api/v1/courses/${courseId}/appointments`, body: appointmentEndingIn(60_000) }),
    ],
    [
      'POST /appointments/:id/attendance',
      async (courseId) => {
        const { body } = await api.http
          .post(`/api/v1/courses/${courseId}/appointments`)
          .set('Authorization', team.caseManager.auth)
          .send(appointmentEndingIn(60_000))
          .expect(201);
        return { path: `/api/v1/appointments/${body.id}/attendance`, body: { attendance: 'attended' } };
      },
    ],
    ['POST /courses/:id/plan', async (courseId) => ({ path: `/api/v1/courses/${courseId}/plan`, body: planBody() })],
    [
      'POST /courses/:id/assessments',
      async (courseId) => ({
        path: `/api/v1/courses/${courseId}/assessments`,
        body: { kind: 'baseline', domains: ratings(), housingStatus: 'homeless' },
      }),
    ],
    [
      'POST /courses/:id/closure-proposals',
      async (courseId) => ({
        path: `/api/v1/courses/${courseId}/closure-proposals`,
        body: { reason: 'moved_away', justification: 'Moved to another municipality' },
      }),
    ],
  ];

  it.each(routes)('%s: stale → 409 and nothing changes; current → done; malformed → 422', async (_, prepare) => {
    const courseId = await world.courseIn(team, { phase: 'planning' });
    const { path, body } = await prepare(courseId);
    const current = await version(courseId);
    const before = await world.footprint(courseId);

    const stale = await post(path, body, `"${current - 1}"`).expect(409);
    expect(stale.body).toMatchObject({ type: expect.stringMatching(/version-conflict$/), currentVersion: current });
    const malformed = await post(path, body, 'yesterday').expect(422);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'If-Match' })]);
    expect(await world.footprint(courseId)).toEqual(before);

    const done = await post(path, body, `"${current}"`);
    expect(done.status).toBeLessThan(300);
    expect(await version(courseId)).toBe(current + 1);
  });
});
