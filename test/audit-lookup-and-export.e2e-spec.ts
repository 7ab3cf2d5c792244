import { randomInt, randomUUID } from 'node:crypto';
import { AccessLogRepository, type AccessLogEntry } from '@src/access-log/access-log.repository';
import { EXPORT_CHUNK_ROWS } from '@src/access-log/access-audit.service';
import { ROLES } from '@src/auth/roles';
import { bearer, startApp, type TestApp } from './support/test-app';
import { randomCpr } from './factories/cpr';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
const NON_AUDITORS = ROLES.filter((role) => role !== 'auditor');

type Query = Record<string, string>;

/** The CSV's lines as the list's items: the export's values hold no comma or quote to unescape. */
function csvRows(text: string): Record<string, string | null>[] {
  const [header, ...lines] = text.split('\r\n');
  expect(lines.pop()).toBe('');
  const columns = header.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((value, index) => [columns[index], value === '' ? null : value])),
  );
}

describe("the auditor's CPR look-up and access log export", () => {
  let api: TestApp;
  let world: World;
  let accessLog: AccessLogRepository;
  let auditor: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    accessLog = api.app.get(AccessLogRepository);
    auditor = await world.staff(['auditor']);
  });
  afterAll(() => api.close());

  const loggedReadsOf = async (citizenId: string) =>
    api.db.query(
      `SELECT staff_id AS "staffId", role, course_id AS "courseId", method, route FROM access_log WHERE citizen_id = $1 ORDER BY id`,
      [citizenId],
    );

  describe('POST /audit/citizen-lookup', () => {
    const lookUp = (cpr: unknown, auth = auditor.auth) =>
      api.http.post('/api/v1/audit/citizen-lookup').set('Authorization', auth).send({ cpr });

    it('finds a referred citizen by their CPR number, with or without the dash, and shows it masked', async () => {
      const cpr = randomCpr();
      const caseworker = await world.staff(['caseworker']);
      const { courseId } = await world.refer(caseworker, { citizen: { cpr, name: 'Karen Holm' } });
      const [{ citizenId }] = await api.db.query(`SELECT citizen_id AS "citizenId" FROM courses WHERE id = $1`, [
        courseId,
      ]);
      const birth = cpr.slice(0, 6);

      for (const asTyped of [cpr, cpr.replace('-', '')]) {
        const { body } = await lookUp(asTyped).expect(200);
        expect(body).toEqual({ citizenId, cpr: `${birth}-XXXX`, name: 'Karen Holm' });
        expect(JSON.stringify(body)).not.toContain(cpr.slice(7));
      }
    });

    it("writes each look-up to the access log: the auditor read the citizen's data", async () => {
      const cpr = randomCpr();
      await world.refer(await world.staff(['caseworker']), { citizen: { cpr, name: 'Ib Lund' } });
      const { body } = await lookUp(cpr).expect(200);
      expect(await loggedReadsOf(body.citizenId)).toEqual(
        expect.arrayContaining([
          {
            staffId: auditor.id,
            role: 'auditor',
            courseId: null,
            method: 'POST',
            route: 'POST /api/v1/audit/citizen-lookup',
          },
        ]),
      );
      const listed = await api.http
        .get('/api/v1/audit/access')
        .query({ citizenId: body.citizenId })
        .set('Authorization', auditor.auth)
        .expect(200);
      expect(listed.body.items[0]).toMatchObject({ staffId: auditor.id, staffName: 'Staff auditor', role: 'auditor' });
      const lookUps = async () =>
        (await loggedReadsOf(body.citizenId)).filter((read: { role: string }) => read.role === 'auditor');
      expect(await lookUps()).toHaveLength(1);
      await lookUp(cpr).expect(200);
      expect(await lookUps()).toHaveLength(2);
    });

    it('answers 404 for a CPR number no citizen has, without repeating it, and logs nothing', async () => {
      // Born in 2000 (7th digit 5): randomCpr, which the other tests' citizens have, gives none such.
      const cpr = `010100-5${String(randomInt(0, 1000)).padStart(3, '0')}`;
      const before = await api.db.query(`SELECT count(*)::int AS n FROM access_log`);
      const { body } = await lookUp(cpr).expect(404);
      expect(body).toMatchObject({ status: 404 });
      expect(JSON.stringify(body)).not.toContain(cpr);
      expect(JSON.stringify(body)).not.toContain(cpr.replace('-', ''));
      expect(await api.db.query(`SELECT count(*)::int AS n FROM access_log`)).toEqual(before);
    });

    it.each([
      ['missing', undefined],
      ['not a CPR number', 'Karen Holm'],
      ['no such date', '320190-1234'],
      ['too short', '010190-123'],
      ['a number', 101901234],
    ])('answers 422 naming `cpr` for one %s', async (_, cpr) => {
      const { body } = await lookUp(cpr).expect(422);
      expect(body.errors).toEqual([expect.objectContaining({ field: 'cpr' })]);
      if (typeof cpr === 'string') expect(JSON.stringify(body)).not.toContain(cpr);
    });

    it('needs a token (401) and the auditor role (403)', async () => {
      await api.http.post('/api/v1/audit/citizen-lookup').send({ cpr: randomCpr() }).expect(401);
      for (const role of NON_AUDITORS) await lookUp(randomCpr(), await bearer(randomUUID(), role)).expect(403);
    });
  });

  describe('GET /audit/access/export', () => {
    const exportOf = (query: Query, auth = auditor.auth) =>
      api.http.get('/api/v1/audit/access/export').query(query).set('Authorization', auth);
    /** Every page of the list, as the CSV writes its rows. */
    const listed = async (query: Query) => {
      const rows: Record<string, string | null>[] = [];
      for (let offset = 0; ; offset += 200) {
        const { body } = await api.http
          .get('/api/v1/audit/access')
          .query({ ...query, limit: 200, offset })
          .set('Authorization', auditor.auth)
          .expect(200);
        rows.push(...body.items.map(({ id: _, ...item }: Record<string, string | null>) => item));
        if (body.items.length < 200) return rows;
      }
    };
    const read = (citizenId: string, staffId: string, at: Date, route = 'GET /api/v1/courses/:id'): AccessLogEntry => ({
      staffId,
      role: 'case_manager',
      citizenId,
      courseId: route.includes(':id') ? randomUUID() : null,
      method: 'GET',
      route,
      at,
    });

    it('answers a CSV attachment with a header line', async () => {
      const answer = await exportOf({ citizenId: randomUUID(), from: '2026-01-01', to: '2026-02-01' }).expect(200);
      expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(answer.headers['content-disposition']).toBe('attachment; filename="adgangslog-2026-01-01-2026-02-01.csv"');
      expect(answer.text).toBe('at,staffId,staffName,role,citizenId,courseId,method,route\r\n');
    });

    it("holds the list's rows for the same filters, in its order, across many chunks", async () => {
      const [citizen, other, reader] = [randomUUID(), randomUUID(), randomUUID()];
      const tie = daysAgo(2);
      const reads = [
        // More than two chunks, with rows at the same instant on both sides of a chunk's end.
        ...Array.from({ length: 2 * EXPORT_CHUNK_ROWS + 17 }, (_, index) =>
          read(citizen, randomUUID(), index % 3 === 0 ? tie : new Date(tie.getTime() - index * 1000)),
        ),
        read(citizen, reader, daysAgo(1), 'GET /api/v1/referrals'),
        read(other, reader, daysAgo(3)),
        read(citizen, reader, daysAgo(40)),
      ];
      await accessLog.record(api.db.manager, reads);

      for (const query of <Query[]>[
        { citizenId: citizen },
        { staffId: reader },
        { citizenId: citizen, staffId: reader, from: daysAgo(60).toISOString() },
        { citizenId: citizen, from: daysAgo(1.5).toISOString(), to: new Date().toISOString() },
      ]) {
        const csv = csvRows((await exportOf(query).expect(200)).text);
        expect(csv).toEqual(await listed(query));
      }
      expect(csvRows((await exportOf({ citizenId: citizen })).text)).toHaveLength(2 * EXPORT_CHUNK_ROWS + 18);
    });

    it('refuses what the list refuses: 422 without a citizen or member, or with a period ending before it starts', async () => {
      expect(
        (await exportOf({}).expect(422)).body.errors.map((error: { field: string }) => error.field).sort(),
      ).toEqual(['citizenId', 'staffId']);
      await exportOf({ citizenId: randomUUID(), from: '2026-02-01', to: '2026-01-01' }).expect(422);
      await exportOf({ citizenId: randomUUID(), limit: '5' }).expect(422);
    });

    it('needs a token (401) and the auditor role (403)', async () => {
      await api.http.get('/api/v1/audit/access/export').query({ citizenId: randomUUID() }).expect(401);
      for (const role of NON_AUDITORS)
        await exportOf({ citizenId: randomUUID() }, await bearer(randomUUID(), role)).expect(403);
    });
  });
});
