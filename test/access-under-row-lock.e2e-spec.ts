import { randomUUID } from 'node:crypto';
import { AccessLogReader } from './support/access-log-reader';
import { asOwner } from './support/owner-database';
import { startApp, type TestApp } from './support/test-app';
import type { CourseEventBody } from './factories/course-event';
import type { Team } from './factories/staff';
import { World } from './factories/world';

/**
 * POST /courses/:id/events leaves the access decision to the row lock (ACCESS_POLICY's
 * `decidedBy`), and a course event's read is logged by the event's own statement: the access-log
 * row commits in the event's transaction, and an event whose row cannot be written is not applied
 * and not answered. GET /courses/:id leaves it to the read, whose statement writes the row.
 */
describe('access decided and logged by the course statement', () => {
  let api: TestApp;
  let world: World;
  let team: Team;
  let courseId: string;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    team = await world.team(`owed-log-${randomUUID()}`);
    courseId = await world.courseIn(team, { phase: 'planning' });
  });
  afterAll(() => api.close());

  const note = (text: string) => world.send(team.caseManager, courseId, { type: 'NOTE_ADDED', text });

  it('is written once, by the transaction that wrote the event', async () => {
    await note('logged with the event').expect(200);
    const rows = await asOwner(async (db) => {
      const { rows } = await db.query<{ eventTransaction: string; readTransactions: string[] }>(
        `SELECT e.xmin::text AS "eventTransaction",
                (SELECT array_agg(l.xmin::text) FROM access_log l
                  WHERE l.course_id = e.course_id AND l.staff_id = $2 AND l.route = 'POST /api/v1/courses/:id/events')
                  AS "readTransactions"
         FROM course_events e WHERE e.course_id = $1 AND e.type = 'NOTE_ADDED'`,
        [courseId, team.caseManager.id],
      );
      return rows;
    });
    expect(rows).toEqual([
      { eventTransaction: rows[0].eventTransaction, readTransactions: [rows[0].eventTransaction] },
    ]);
  });

  it("a stranger's event is a 404 that writes nothing, and so is a malformed one: the body tells nothing", async () => {
    const stranger = await world.staff(['case_manager'], { teamId: `elsewhere-${randomUUID()}` });
    const before = await world.footprint(courseId);
    await asOwner(async (owner) => {
      const accessLog = new AccessLogReader(owner);
      const end = await accessLog.end();
      const answer = await world.send(stranger, courseId, { type: 'NOTE_ADDED', text: 'not theirs' }).expect(404);
      expect(answer.body).toMatchObject({ status: 404, detail: expect.stringContaining(courseId) });
      expect(await world.footprint(courseId)).toEqual(before);
      expect(await accessLog.readsAfter(end)).toEqual([]);
    });

    // Deliberately not a course event: a note whose text is a number.
    const malformed = { type: 'NOTE_ADDED', text: 42 } as unknown as CourseEventBody;
    const onCourse = await world.send(stranger, courseId, malformed);
    const onNone = await world.send(stranger, randomUUID(), malformed);
    expect([onCourse.status, onCourse.body.errors]).toEqual([onNone.status, onNone.body.errors]);
    expect(onCourse.status).toBe(404);
    const related = await world.send(team.caseManager, courseId, malformed).expect(422);
    expect(related.body.errors).toEqual([expect.objectContaining({ field: 'text' })]);
  });

  /** Runs `work` while the access log refuses every row naming the case manager. */
  async function withAccessLogRefusingCaseManager(work: () => Promise<void>): Promise<void> {
    await asOwner((db) =>
      db.query(`
        CREATE FUNCTION refuse_read_of_test() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.staff_id = '${team.caseManager.id}' THEN RAISE EXCEPTION 'access log unavailable'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER refuse_read_of_test BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION refuse_read_of_test();`),
    );
    try {
      await work();
    } finally {
      await asOwner((db) =>
        db.query(`DROP TRIGGER refuse_read_of_test ON access_log; DROP FUNCTION refuse_read_of_test();`),
      );
    }
  }

  it('when it cannot be written, the event is not applied and its answer is not sent', async () => {
    const before = await world.footprint(courseId);
    await withAccessLogRefusingCaseManager(async () => {
      const answer = await note('never applied').expect(500);
      expect(answer.body).not.toHaveProperty('version');
    });
    expect(await world.footprint(courseId)).toEqual(before);
  });

  it("a stranger's read of a course is the 404 of a course that does not exist, and logs nothing", async () => {
    const stranger = await world.staff(['case_manager', 'team_lead'], { teamId: `elsewhere-${randomUUID()}` });
    await asOwner(async (owner) => {
      const accessLog = new AccessLogReader(owner);
      const end = await accessLog.end();
      const read = (id: string) => api.http.get(`/api/v1/courses/${id}`).set('Authorization', stranger.auth);
      const [onCourse, onNone] = [await read(courseId).expect(404), await read(randomUUID()).expect(404)];
      expect(onCourse.body.detail).toBe(onNone.body.detail.replace(/[0-9a-f-]{36}/, courseId));
      expect(onCourse.body).not.toHaveProperty('citizen');
      expect(await accessLog.readsAfter(end)).toEqual([]);
    });
  });

  it("a course read's row is written by the read's statement; when it cannot be, no citizen data is sent", async () => {
    await withAccessLogRefusingCaseManager(async () => {
      const answer = await api.http
        .get(`/api/v1/courses/${courseId}`)
        .set('Authorization', team.caseManager.auth)
        .expect(500);
      expect(answer.body).not.toHaveProperty('citizen');
    });
    await api.http.get(`/api/v1/courses/${courseId}`).set('Authorization', team.caseManager.auth).expect(200);
  });
});
