import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { AccessLogRepository, type AccessLogEntry } from '@src/access-log/access-log.repository';
import { ACCESS_LOG_PURGE_SCHEDULER } from '@src/access-log/access-log-retention.schedule';
import { ACCESS_LOG_RETENTION_QUEUE } from '@src/queues/queues';
import { eventually } from './support/eventually';
import { bearer, startApp, startWorker, type TestApp } from './support/test-app';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const yearsAgo = (years: number, extraDays = 0) => {
  const at = new Date();
  at.setFullYear(at.getFullYear() - years);
  return new Date(at.getTime() - extraDays * DAY_MS);
};

describe('the access log', () => {
  let api: TestApp;
  let accessLog: AccessLogRepository;

  beforeAll(async () => {
    api = await startApp();
    accessLog = api.app.get(AccessLogRepository);
  });
  afterAll(() => api.close());

  /** A read of `citizenId` by `staffId`, as the access policy would record it. */
  const read = (citizenId: string, staffId: string, at?: Date): AccessLogEntry => ({
    staffId,
    role: 'case_manager',
    citizenId,
    courseId: randomUUID(),
    method: 'GET',
    route: 'GET /api/v1/courses/:id',
    at,
  });
  const timesOf = async (citizenId: string): Promise<string[]> =>
    (await api.db.query(`SELECT at FROM access_log WHERE citizen_id = $1 ORDER BY at`, [citizenId])).map(
      (row: { at: Date }) => row.at.toISOString(),
    );

  describe("is append-only for the service's database role", () => {
    it('the service runs its SQL as icm_service, not as the owner', async () => {
      const [{ user }] = await api.db.query(`SELECT current_user AS user`);
      expect(user).toBe('icm_service');
    });

    it('adds many reads in one statement and reads them back', async () => {
      const citizenId = randomUUID();
      const staffId = randomUUID();
      await accessLog.record(api.db.manager, [
        read(citizenId, staffId),
        { ...read(citizenId, staffId), courseId: null, method: null, route: 'GET /api/v1/referrals' },
      ]);
      const rows = await api.db.query(
        `SELECT staff_id, role, course_id, method, route FROM access_log WHERE citizen_id = $1 ORDER BY id`,
        [citizenId],
      );
      expect(rows).toEqual([
        {
          staff_id: staffId,
          role: 'case_manager',
          course_id: expect.any(String),
          method: 'GET',
          route: 'GET /api/v1/courses/:id',
        },
        { staff_id: staffId, role: 'case_manager', course_id: null, method: null, route: 'GET /api/v1/referrals' },
      ]);
    });

    it.each([
      ['UPDATE', `UPDATE access_log SET route = 'rewritten' WHERE citizen_id = $1`],
      ['DELETE', `DELETE FROM access_log WHERE citizen_id = $1`],
    ])('refuses %s: permission denied, and the row stays', async (_, statement) => {
      const citizenId = randomUUID();
      await accessLog.record(api.db.manager, [read(citizenId, randomUUID())]);
      await expect(api.db.query(statement, [citizenId])).rejects.toThrow('permission denied for table access_log');
      expect(await api.db.query(`SELECT route FROM access_log WHERE citizen_id = $1`, [citizenId])).toEqual([
        { route: 'GET /api/v1/courses/:id' },
      ]);
    });

    it('refuses TRUNCATE', async () => {
      await expect(api.db.query(`TRUNCATE access_log`)).rejects.toThrow('permission denied for table access_log');
    });
  });

  describe('retention', () => {
    it('purges only the rows older than the retention period', async () => {
      const citizenId = randomUUID();
      const staffId = randomUUID();
      const kept = [yearsAgo(5, -1), daysAgo(1)];
      await accessLog.record(
        api.db.manager,
        [yearsAgo(6), yearsAgo(5, 1), ...kept].map((at) => read(citizenId, staffId, at)),
      );
      expect(await accessLog.purgeExpired(api.db.manager, 'P5Y')).toBe(2);
      expect(await timesOf(citizenId)).toEqual(kept.map((at) => at.toISOString()));
      expect(await accessLog.purgeExpired(api.db.manager, 'P5Y')).toBe(0);
    });

    it.each(['P11M', 'P364D', 'PT0S', '-5 years'])(
      'refuses a retention of %s, shorter than a year, and purges nothing',
      async (retention) => {
        const citizenId = randomUUID();
        await accessLog.record(api.db.manager, [read(citizenId, randomUUID(), daysAgo(400))]);
        await expect(accessLog.purgeExpired(api.db.manager, retention)).rejects.toThrow(/shorter than one year/);
        expect(await timesOf(citizenId)).toHaveLength(1);
      },
    );

    it('the worker purges on its schedule with the configured retention', async () => {
      const citizenId = randomUUID();
      const staffId = randomUUID();
      const recent = daysAgo(300);
      await accessLog.record(api.db.manager, [
        read(citizenId, staffId, daysAgo(800)),
        read(citizenId, staffId, recent),
      ]);
      const worker = await startWorker({ env: { ACCESS_LOG_RETENTION: 'P1Y', ACCESS_LOG_PURGE_EVERY: 'PT1S' } });
      try {
        expect(
          await eventually(
            () => timesOf(citizenId),
            (times) => times.length === 1,
          ),
        ).toEqual([recent.toISOString()]);
      } finally {
        // The scheduler lives in Redis: left there, it would go on adding a job a second.
        await worker.context
          .get<Queue>(getQueueToken(ACCESS_LOG_RETENTION_QUEUE), { strict: false })
          .removeJobScheduler(ACCESS_LOG_PURGE_SCHEDULER);
        await worker.close();
      }
    });
  });

  describe('GET /audit/access', () => {
    const audit = async (query: Record<string, string | number>, status = 200) =>
      (
        await api.http
          .get('/api/v1/audit/access')
          .query(query)
          .set('Authorization', await bearer(randomUUID(), 'auditor'))
          .expect(status)
      ).body;

    it('needs a token (401) and the auditor role (403)', async () => {
      const query = { citizenId: randomUUID() };
      await api.http.get('/api/v1/audit/access').query(query).expect(401);
      for (const role of ['admin', 'team_lead', 'case_manager'] as const) {
        await api.http
          .get('/api/v1/audit/access')
          .query(query)
          .set('Authorization', await bearer(randomUUID(), role))
          .expect(403);
      }
    });

    it('needs a citizen or a member of staff: a 422 naming both', async () => {
      const body = await audit({}, 422);
      expect(body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['citizenId', 'staffId']);
    });

    it.each([
      ['citizenId', { citizenId: 'not-a-uuid' }],
      ['staffId', { staffId: '42' }],
      ['from', { citizenId: randomUUID(), from: 'yesterday' }],
      ['to', { citizenId: randomUUID(), from: '2026-02-01', to: '2026-01-01' }],
      ['limit', { citizenId: randomUUID(), limit: 0 }],
    ])('a bad %s is a 422 naming it', async (field, query) => {
      const body = await audit(query, 422);
      expect(body.errors).toEqual([expect.objectContaining({ field })]);
    });

    it("answers who read a citizen's data, whose data a member read, or both, newest first", async () => {
      const [citizenA, citizenB, reader, other] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
      await accessLog.record(api.db.manager, [
        read(citizenA, reader, daysAgo(3)),
        read(citizenA, other, daysAgo(2)),
        read(citizenB, reader, daysAgo(1)),
      ]);
      const readsOf = async (query: Record<string, string>) =>
        (await audit(query)).items.map((item: { citizenId: string; staffId: string }) => [
          item.citizenId,
          item.staffId,
        ]);

      expect(await readsOf({ citizenId: citizenA })).toEqual([
        [citizenA, other],
        [citizenA, reader],
      ]);
      expect(await readsOf({ staffId: reader })).toEqual([
        [citizenB, reader],
        [citizenA, reader],
      ]);
      expect(await readsOf({ citizenId: citizenA, staffId: reader })).toEqual([[citizenA, reader]]);
    });

    it('answers the last 30 days unless given a period; `from` is inclusive and `to` exclusive', async () => {
      const citizenId = randomUUID();
      const [old, recent, now] = [daysAgo(45), daysAgo(10), new Date()];
      await accessLog.record(
        api.db.manager,
        [old, recent, now].map((at) => read(citizenId, randomUUID(), at)),
      );
      const timesIn = async (query: Record<string, string>) =>
        (await audit({ citizenId, ...query })).items.map((item: { at: string }) => item.at);

      const latest = await audit({ citizenId });
      expect(latest.items.map((item: { at: string }) => item.at)).toEqual([now.toISOString(), recent.toISOString()]);
      expect(new Date(latest.to).getTime() - new Date(latest.from).getTime()).toBe(30 * DAY_MS);
      expect(await timesIn({ from: old.toISOString(), to: recent.toISOString() })).toEqual([old.toISOString()]);
      expect(await timesIn({ from: daysAgo(60).toISOString().slice(0, 10) })).toEqual(
        [now, recent, old].map((at) => at.toISOString()),
      );
      expect(await timesIn({ to: recent.toISOString() })).toEqual([]);
    });

    it('pages with limit and offset, newest first', async () => {
      const citizenId = randomUUID();
      const times = [5, 4, 3, 2, 1].map(daysAgo);
      await accessLog.record(
        api.db.manager,
        times.map((at) => read(citizenId, randomUUID(), at)),
      );
      const page = async (limit: number, offset: number) =>
        (await audit({ citizenId, limit, offset })).items.map((item: { at: string }) => item.at);
      const newestFirst = times.map((at) => at.toISOString()).reverse();

      expect(await page(2, 0)).toEqual(newestFirst.slice(0, 2));
      expect(await page(2, 2)).toEqual(newestFirst.slice(2, 4));
      expect(await page(2, 4)).toEqual(newestFirst.slice(4));
    });
  });
});
