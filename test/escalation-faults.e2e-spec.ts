import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { mapConcurrently } from '@scripts/support/concurrently';
import { type RunningProcess, startWorkerProcess } from '@scripts/support/service-process';
import { loadConfig } from '@src/config/app-config';
import { timerPeriodsOf } from '@src/courses/timer-periods';
import { ensureBuilt } from './support/build';
import { appointmentEndingIn, FAST_LADDER_ENV, registerAttendance, scheduleAppointment } from './support/engagement';
import { eventually } from './support/eventually';
import { auditLadders, overdueTimers } from './support/ladder-audit';
import { asOwner } from './support/owner-database';
import { ThrowawayRedis } from './support/redis-server';
import { startApp, type TestApp } from './support/test-app';
import { TEST_DATABASE_URL } from './support/test-env';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const redis = new ThrowawayRedis(6491 + (process.pid % 100));

/**
 * Levels at 0, 8 and 9 s after the miss, and the reminders after them an hour away: once level 3
 * is due the due steps stand still while the test counts them. Level 2 is far enough from level 1
 * for 200 courses to climb to it (2.5 s here, 6.5 s on a busy machine) before any reaches it. The
 * test registers the misses, so an hour's grace keeps the automatic miss out of the way. A job lock
 * of 2 s lets the job of a killed worker run again within seconds rather than a minute.
 */
const ENV = {
  ...FAST_LADDER_ENV,
  APPOINTMENT_GRACE: 'PT1H',
  ESCALATION_LEVEL_DELAYS: 'PT0S,PT8S,PT9S',
  ESCALATION_REPEAT_EVERY: 'PT1H',
  JOB_LOCK_MS: '2000',
  REDIS_URL: redis.url,
};
const LADDER = timerPeriodsOf(loadConfig({ ...process.env, ...ENV })).escalation;
const LEVELS = LADDER.levels.length;
const LAST_LEVEL_MS = LADDER.levels[LEVELS - 1];

interface CourseUnderTest {
  id: string;
  appointmentId: string;
  caseManager: StaffHandle;
}

describe('the escalation ladder through worker crashes, a lost Redis and a stopped worker', () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let worker: RunningProcess | undefined;

  beforeAll(async () => {
    // The worker runs as its own process, from the build, so that it can be killed like one.
    ensureBuilt();
    await redis.start();
    api = await startApp({ env: ENV });
    world = new World(api);
    caseworker = await world.staff(['caseworker'], { teamId: 'outreach-faults' });
    committee = await world.staff(['committee_member']);
  }, 120_000);
  afterEach(() => worker?.stop(5000));
  afterAll(async () => {
    await api.close();
    await redis.kill();
  });

  const startWorker = () => (worker = startWorkerProcess(ENV));

  /**
   * Courses in planning, 50 to a case manager, each with an appointment that ended a minute ago,
   * once the running worker has sent the appointments' reminders: the misses find it idle.
   */
  async function coursesWithAppointment(count: number): Promise<CourseUnderTest[]> {
    const managers = await Promise.all(
      Array.from({ length: Math.ceil(count / 50) }, () =>
        world.staff(['case_manager'], { teamId: 'outreach-faults', maxCaseload: 50 }),
      ),
    );
    const courses = await mapConcurrently(
      Array.from({ length: count }, (_, i) => managers[i % managers.length]),
      8,
      async (caseManager) => {
        const courseId = await world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });
        const appointment = await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(-60_000));
        return { id: courseId, appointmentId: appointment.id, caseManager };
      },
    );
    const ids = courses.map((course) => course.id);
    await eventually(
      () => overdueTimers(api.db, ids, 0),
      (due) => due.length === 0,
      15_000,
    );
    return courses;
  }

  /** Registers every miss; resolves when the last is committed, the moment its ladder starts. */
  async function missAll(courses: CourseUnderTest[]): Promise<number> {
    await mapConcurrently(courses, 8, (course) =>
      registerAttendance(api, course.caseManager, course.appointmentId, 'missed').expect(200),
    );
    return Date.now();
  }

  const firedStepCount = async (courses: CourseUnderTest[]) =>
    (
      await auditLadders(
        api.db,
        courses.map((course) => course.id),
        LADDER,
      )
    ).fired;

  /** Every level of every ladder fired once, none early, in order, each with one notice to its case manager. */
  async function expectEveryDueStepFiredOnce(courses: CourseUnderTest[]): Promise<void> {
    const ids = courses.map((course) => course.id);
    const everyLevel = courses.length * LEVELS;
    const audit = await eventually(
      () => auditLadders(api.db, ids, LADDER),
      (seen) => seen.due === everyLevel && seen.fired === everyLevel && seen.notices === everyLevel,
      30_000,
    );
    expect(audit).toEqual({ due: everyLevel, fired: everyLevel, notices: everyLevel, problems: [] });
    expect(await overdueTimers(api.db, ids, 3000)).toEqual([]);
  }

  it('a worker killed after the outbox commit and before the publish loses no step and repeats none', async () => {
    startWorker();
    const courses = await coursesWithAppointment(10);
    const ids = courses.map((course) => course.id);
    // A frozen Redis holds the relay inside its batch: the rows are claimed (locked in its open
    // transaction) and handed to Redis, but nothing is answered, so nothing is marked sent (the
    // relay waits 3 s before it lets go and claims again). The kill lands while the rows are held.
    // Redis may still run the buffered adds once it wakes: a published but unmarked row, which the
    // next relay publishes again under the same job id.
    redis.pause();
    await missAll(courses);
    const held = await eventually(
      () => claimedButUnsent(ids),
      (rows) => rows.claimed > 0 && rows.claimed === rows.unsent,
    );
    expect(held.claimed).toBeGreaterThanOrEqual(courses.length);
    await worker!.kill();
    expect((await claimedButUnsent(ids)).unsent).toBe(held.unsent);

    redis.resume();
    startWorker();
    await expectEveryDueStepFiredOnce(courses);
  }, 60_000);

  it('a worker killed in the middle of a job leaves the job to the next worker, which fires it once', async () => {
    startWorker();
    const courses = await coursesWithAppointment(5);
    await missAll(courses);
    await eventually(
      () => firedStepCount(courses),
      (fired) => fired === courses.length,
    );

    // The test holds the courses' rows, so level 2's job stops inside the runtime's transaction.
    const holder = new Client({ connectionString: TEST_DATABASE_URL });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT id FROM courses WHERE id = ANY($1) FOR UPDATE', [courses.map((course) => course.id)]);
      expect(
        await eventually(
          () => runtimesWaitingForACourse(),
          (waiting) => waiting > 0,
          15_000,
        ),
      ).toBeGreaterThan(0);
      await worker!.kill();
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    // The killed worker's job stays active in Redis until its lock (JOB_LOCK_MS) runs out; then
    // the next worker's check for stalled jobs takes it up.
    startWorker();
    await expectEveryDueStepFiredOnce(courses);
  }, 60_000);

  it('a Redis that loses every key while 200 steps are pending: the reconciler enqueues them again', async () => {
    startWorker();
    const courses = await coursesWithAppointment(200);
    await missAll(courses);
    // Generous: 200 misses on a busy shared machine take a while to reach the queue.
    const pending = await eventually(
      () => pendingPublishedSteps(courses, 2),
      (count) => count === courses.length,
      60_000,
    );
    expect(pending).toBe(courses.length);
    // The worker reports the jobs it was running as the keys went ("Missing key for job ...").
    await redis.flushAll();

    await expectEveryDueStepFiredOnce(courses);
  }, 180_000);

  it('a worker stopped for longer than the steps take to fall due fires each of them once, in order, when it is back', async () => {
    startWorker();
    const courses = await coursesWithAppointment(10);
    const lastMiss = await missAll(courses);
    await eventually(
      () => firedStepCount(courses),
      (fired) => fired === courses.length,
    );
    await worker!.stop();
    expect(await firedStepCount(courses)).toBe(courses.length);

    await sleep(Math.max(0, lastMiss + LAST_LEVEL_MS + 1000 - Date.now()));
    startWorker();
    await expectEveryDueStepFiredOnce(courses);
  }, 60_000);

  /** Outbox rows of these courses not yet sent, and how many of them a relay holds locked. */
  async function claimedButUnsent(courseIds: string[]): Promise<{ unsent: number; claimed: number }> {
    const [{ unsent }] = await api.db.query(
      `SELECT count(*)::int AS unsent FROM outbox WHERE course_id = ANY($1) AND sent_at IS NULL`,
      [courseIds],
    );
    const free = await api.db.query(
      `SELECT id FROM outbox WHERE course_id = ANY($1) AND sent_at IS NULL FOR UPDATE SKIP LOCKED`,
      [courseIds],
    );
    return { unsent, claimed: unsent - free.length };
  }

  /**
   * Database sessions waiting for a course row: a runtime transaction started by a job and stopped
   * mid-way. Asked as the owner: the service's role does not see what other sessions wait for.
   */
  async function runtimesWaitingForACourse(): Promise<number> {
    const { rows } = await asOwner((db) =>
      db.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%FROM courses WHERE id = $1 FOR UPDATE'`),
    );
    return rows[0].waiting;
  }

  /** Courses whose ladder step `step` is pending, not yet due, with its delayed job published to Redis. */
  async function pendingPublishedSteps(courses: CourseUnderTest[], step: number): Promise<number> {
    const [{ pending }] = await api.db.query(
      `SELECT count(*)::int AS pending FROM timers t
       WHERE t.course_id = ANY($1) AND t.kind = 'escalation_step' AND t.subject = $2
         AND t.fired_at IS NULL AND t.cancelled_at IS NULL AND t.due_at > now()
         AND EXISTS (SELECT 1 FROM outbox o WHERE o.course_id = t.course_id AND o.kind = 'timerDue'
                     AND o.payload->>'subject' = t.subject AND o.sent_at IS NOT NULL)`,
      [courses.map((course) => course.id), `1.${step}`],
    );
    return pending;
  }
});
