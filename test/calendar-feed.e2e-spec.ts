import ical, { type VEvent } from 'node-ical';
import { startApp, type TestApp } from './support/test-app';
import { randomCpr } from './factories/cpr';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const PUBLIC_URL = 'https://icm.example.dk';
const HOUR_MS = 3600_000;

describe("a case manager's appointments as an iCalendar feed at a secret, rotatable address", () => {
  let api: TestApp;
  let world: World;
  let people: { caseworker: StaffHandle; committee: StaffHandle; caseManager: StaffHandle };
  const citizen = { cpr: randomCpr(), name: 'Lars Kalendersen' };
  let courseId: string;

  beforeAll(async () => {
    api = await startApp({ env: { PUBLIC_URL } });
    world = new World(api);
    people = {
      caseworker: await world.staff(['caseworker']),
      committee: await world.staff(['committee_member']),
      caseManager: await world.staff(['case_manager']),
    };
    courseId = await world.courseIn(people, { phase: 'planning', referral: { citizen } });
  });
  afterAll(() => api.close());

  const rotate = async (staff: StaffHandle): Promise<string> => {
    const { url } = (await api.http.post('/api/v1/me/calendar-feed').set('Authorization', staff.auth).expect(201))
      .body as { url: string };
    expect(url.startsWith(`${PUBLIC_URL}/api/v1/calendar/`)).toBe(true);
    return url.slice(PUBLIC_URL.length);
  };

  const events = async (path: string): Promise<VEvent[]> => {
    const answer = await api.http.get(path).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/calendar/);
    expect(answer.text).not.toContain(citizen.cpr);
    expect(answer.text).not.toContain(citizen.cpr.replace('-', ''));
    expect(answer.text).not.toContain('Kalendersen');
    return Object.values(ical.sync.parseICS(answer.text)).filter((entry): entry is VEvent => entry?.type === 'VEVENT');
  };

  const book = async (startsInHours: number): Promise<string> =>
    (
      await api.http
        .post(`/api/v1/courses/${courseId}/appointments`)
        .set('Authorization', people.caseManager.auth)
        .send({
          kind: 'housing',
          startsAt: new Date(Date.now() + startsInHours * HOUR_MS).toISOString(),
          endsAt: new Date(Date.now() + (startsInHours + 1) * HOUR_MS).toISOString(),
        })
        .expect(201)
    ).body.id;

  it('shows each appointment once by first name and the last digits of the course id; a reschedule keeps the UID with a higher SEQUENCE; a cancellation is CANCELLED', async () => {
    const moved = await book(48);
    const cancelled = await book(72);
    const feed = await rotate(people.caseManager);

    const before = await events(feed);
    const first = before.find((event) => event.uid === `${moved}@icm`)!;
    expect(first.summary).toBe(`Aftale: Lars (forløb …${courseId.replace(/-/g, '').slice(-4)})`);
    expect(Number(first.sequence)).toBe(0);

    await api.http
      .patch(`/api/v1/appointments/${moved}`)
      .set('Authorization', people.caseManager.auth)
      .send({
        startsAt: new Date(Date.now() + 50 * HOUR_MS).toISOString(),
        endsAt: new Date(Date.now() + 51 * HOUR_MS).toISOString(),
      })
      .expect(200);
    await api.http
      .post(`/api/v1/appointments/${cancelled}/cancellation`)
      .set('Authorization', people.caseManager.auth)
      .send({})
      .expect((answer) => expect([200, 201]).toContain(answer.status));

    const after = await events(feed);
    const rescheduled = after.filter((event) => event.uid === `${moved}@icm`);
    expect(rescheduled).toHaveLength(1);
    expect(Number(rescheduled[0].sequence)).toBeGreaterThan(Number(first.sequence));
    expect(new Date(rescheduled[0].start).getTime()).toBeGreaterThan(new Date(first.start).getTime());
    expect(after.find((event) => event.uid === `${cancelled}@icm`)!.status).toBe('CANCELLED');

    const [{ reads }] = await api.db.query(
      `SELECT count(*)::int AS reads FROM access_log WHERE staff_id = $1 AND course_id = $2 AND route = 'GET /api/v1/calendar/:token'`,
      [people.caseManager.id, courseId],
    );
    expect(reads).toBe(2);
  });

  it("a rotated address stops answering (404), and another staff member's address shows only their own appointments", async () => {
    const old = await rotate(people.caseManager);
    const current = await rotate(people.caseManager);
    expect(current).not.toBe(old);
    const gone = await api.http.get(old).expect(404);
    expect(gone.headers['content-type']).toMatch(/application\/problem\+json/);
    await api.http.get('/api/v1/calendar/not-a-token').expect(404);
    expect((await events(current)).length).toBeGreaterThan(0);

    const colleague = await world.staff(['case_manager']);
    expect(await events(await rotate(colleague))).toEqual([]);
  });

  it('the rotation route needs a bearer token', async () => {
    await api.http.post('/api/v1/me/calendar-feed').expect(401);
  });
});
