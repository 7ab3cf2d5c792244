import type { LoggerService } from '@nestjs/common';
import { startApp, type TestApp } from './support/test-app';
import { referralBody } from './factories/referral-body';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** Records everything the application logs, at every level. */
class RecordingLogger implements LoggerService {
  readonly lines: string[] = [];
  private record = (...parts: unknown[]) =>
    void this.lines.push(parts.map((part) => (typeof part === 'string' ? part : JSON.stringify(part))).join(' '));
  log = this.record;
  error = this.record;
  warn = this.record;
  debug = this.record;
  verbose = this.record;
  fatal = this.record;
}

describe('a CPR number never leaves the service in plain text', () => {
  const logger = new RecordingLogger();
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;

  beforeAll(async () => {
    api = await startApp({ logger });
    world = new World(api);
    caseworker = await world.staff(['caseworker']);
    committee = await world.staff(['committee_member']);
  });
  afterAll(() => api.close());

  it('not in the logs, not in any answer, not in the database, whatever happens to the request', async () => {
    const cpr = '140387-2219';
    const digits = cpr.replace('-', '');
    const answers: string[] = [];
    const keep = (response: { text: string }) => answers.push(response.text);

    const body = referralBody({ citizen: { cpr, name: 'Maja Lund' } });
    const referred = await api.http.post('/api/v1/referrals').set('Authorization', caseworker.auth).send(body);
    keep(referred);
    keep(await api.http.post('/api/v1/referrals').set('Authorization', caseworker.auth).send(body)); // 409: open course
    keep(
      await api.http
        .post('/api/v1/referrals')
        .set('Authorization', caseworker.auth)
        .send({ ...body, consent: false }),
    ); // 422
    keep(
      await api.http
        .post('/api/v1/referrals')
        .set('Authorization', caseworker.auth)
        .set('Content-Type', 'application/json')
        .send(`{"citizen":{"cpr":"${cpr}"`),
    ); // 400
    keep(await api.http.post('/api/v1/referrals').send(body)); // 401
    keep(await api.http.get(`/api/v1/courses/${referred.body.courseId}`).set('Authorization', caseworker.auth));
    keep(await api.http.get(`/api/v1/courses/${referred.body.courseId}/events`).set('Authorization', caseworker.auth));
    keep(
      await api.http.get('/api/v1/referrals?status=awaiting_visitation&limit=200').set('Authorization', committee.auth),
    );

    expect(referred.status).toBe(201);
    expect(answers.join('\n')).toContain('140387-XXXX');
    // The recorder hears the application (start-up, routes), so a leak into the logs would show.
    expect(logger.lines.length).toBeGreaterThan(0);
    expect(answers.filter((text) => text.includes(digits) || text.includes(cpr))).toEqual([]);
    // Names are shown to the staff involved, but never logged.
    expect(logger.lines.filter((line) => line.includes(digits) || line.includes(cpr) || line.includes('Maja'))).toEqual(
      [],
    );

    const stored: { row: string }[] = await api.db.query(`SELECT row_to_json(c)::text AS row FROM citizens c`);
    expect(stored.filter(({ row }) => row.includes(digits) || row.includes('Maja'))).toEqual([]);
  });
});
