import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { type RunningProcess, startApiProcess, startWorkerProcess } from '@scripts/support/service-process';
import { TIMERS_QUEUE } from '@src/queues/queues';
import { ensureBuilt } from './support/build';
import { appointmentEndingIn, scheduleAppointment } from './support/engagement';
import { eventually } from './support/eventually';
import { acceptsConnections, freePort } from './support/free-port';
import { startApp, type TestApp } from './support/test-app';
import { TEST_DATABASE_URL } from './support/test-env';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** An appointment unregistered a second after its end counts as missed: its timer is due at once. */
const ENV = { APPOINTMENT_GRACE: 'PT1S' };

const isAlive = (pid: number | undefined) => {
  try {
    return pid !== undefined && process.kill(pid, 0);
  } catch {
    return false;
  }
};

/**
 * A slow request or job, made slow without any test-only route: the test holds the course's row
 * lock in a transaction of its own, so the API's or the worker's transaction on that course waits
 * for it. SIGTERM arrives while it waits; only then is the lock let go.
 */
describe('graceful shutdown on SIGTERM: nothing in flight is lost', () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;
  let locker: Client;
  let lockerPid: number;
  let started: RunningProcess | undefined;

  beforeAll(async () => {
    // The processes under test run from the build, so that they get a real SIGTERM.
    ensureBuilt();
    api = await startApp({ env: ENV });
    world = new World(api);
    caseworker = await world.staff(['caseworker'], { teamId: 'shutdown' });
    committee = await world.staff(['committee_member']);
    caseManager = await world.staff(['case_manager'], { teamId: 'shutdown' });
    locker = new Client({ connectionString: TEST_DATABASE_URL });
    await locker.connect();
    [{ pid: lockerPid }] = (await locker.query('SELECT pg_backend_pid() AS pid')).rows;
  }, 120_000);
  afterEach(async () => {
    // A test that failed half-way leaves neither its process nor its lock behind.
    await started?.kill();
    await locker.query('ROLLBACK');
  });
  afterAll(async () => {
    await locker.end();
    await api.close();
  });

  const assignedCourse = () => world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });

  /** Locks the course row until the returned release is called. */
  async function holdCourse(courseId: string): Promise<() => Promise<unknown>> {
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM courses WHERE id = $1 FOR UPDATE', [courseId]);
    return () => locker.query('COMMIT');
  }

  /**
   * Resolves once another session waits for the test's lock: the request or job is in flight. Asked
   * outside the locking transaction, which would see pg_stat_activity as it was at its first look.
   */
  async function someoneWaitsForTheLock(): Promise<void> {
    const waiting = await eventually(
      async () =>
        (
          await api.db.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))', [
            lockerPid,
          ])
        )[0].n,
      (n: number) => n > 0,
      20_000,
    );
    expect(waiting).toBeGreaterThan(0);
  }

  const eventTypes = async (courseId: string): Promise<string[]> =>
    (await api.db.query(`SELECT type FROM course_events WHERE course_id = $1 ORDER BY seq`, [courseId])).map(
      (row: { type: string }) => row.type,
    );

  it('the API stops accepting connections, answers the request in flight with its event committed, and exits', async () => {
    const port = await freePort();
    const service = (started = await startApiProcess(ENV, port));
    const courseId = await assignedCourse();
    const release = await holdCourse(courseId);
    const inFlight = fetch(`${service.baseUrl}/api/v1/courses/${courseId}/events`, {
      method: 'POST',
      headers: { Authorization: caseManager.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'NOTE_ADDED', text: 'Written just before the API was stopped' }),
    });
    await someoneWaitsForTheLock();

    const exited = service.stop(30_000);
    const refused = await eventually(
      async () => !(await acceptsConnections(port)),
      (isRefused) => isRefused,
    );
    expect(refused).toBe(true);
    expect(isAlive(service.pid)).toBe(true);

    const releasedAt = Date.now();
    await release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ type: 'NOTE_ADDED' });
    await exited;
    // By itself, not by the SIGKILL that stop() sends after its grace.
    expect(Date.now() - releasedAt).toBeLessThan(10_000);
    expect((await eventTypes(courseId)).at(-1)).toBe('NOTE_ADDED');
  }, 60_000);

  it('the worker finishes the jobs it had started before it exits', async () => {
    const courseId = await assignedCourse();
    await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(-60_000));
    const release = await holdCourse(courseId);
    const worker = (started = startWorkerProcess(ENV));
    await someoneWaitsForTheLock();
    // The appointment's check and its reminder, both due: the queue may hold other specs' jobs too.
    // The session waiting for the lock may be the appointment's notice (its insert checks the
    // course's key), with the timer's job not taken yet: wait for that job, too.
    const timers = api.app.get<Queue>(getQueueToken(TIMERS_QUEUE), { strict: false });
    const running = await eventually(
      async () => (await timers.getActive()).filter((job) => job.data.courseId === courseId),
      (jobs) => jobs.length > 0,
      20_000,
    );
    expect(running.length).toBeGreaterThan(0);

    const exited = worker.stop(30_000);
    await sleep(1000);
    // Still there: waiting for its jobs rather than leaving them to the stall check of another worker.
    expect(isAlive(worker.pid)).toBe(true);

    const releasedAt = Date.now();
    await release();
    await exited;
    expect(Date.now() - releasedAt).toBeLessThan(10_000);
    expect(await timers.getActiveCount()).toBe(0);
    for (const job of running) {
      const finished = (await timers.getJob(job.id!)) as Job;
      expect(await finished.getState()).toBe('completed');
      // Fired, or found that the course had moved on (the check that fired first cancels the reminder).
      expect(['fired', 'no_longer_applies']).toContain(finished.returnvalue.outcome);
      const [outbox] = await api.db.query(`SELECT done_at AS "doneAt" FROM outbox WHERE id = $1`, [job.data.outboxId]);
      expect(outbox.doneAt).not.toBeNull();
    }
  }, 60_000);
});
