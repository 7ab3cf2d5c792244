import { Queue } from 'bullmq';
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from 'pg';
import { freshQueues } from '@scripts/support/fresh-queues';
import { NOTIFICATIONS_QUEUE, TIMERS_QUEUE } from '@src/queues/queues';
import { redisConnection } from '@src/queues/queues.module';
import { buildWorld } from './bench-world';
import { measureBareDelayedJobs, redisBytesPerDelayedJob } from './bullmq-baseline';
import { withCpu } from './cpu';
import { freshBenchDatabase, withDatabase } from './database';
import { registerMisses, scheduleAppointments } from './escalation-world';
import { HttpClient } from './http-client';
import { log } from './log';
import { startApi, startWorker } from './service-processes';
import { SETTINGS } from './settings';

const CONCURRENCY = 16;
/** Where the burst's start ends for the figures without it. */
export const WARM_FROM_SECONDS = 3;

export interface Lateness {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface TimerLateness {
  /** Steps that fell due: one per course, level 1 of its ladder. */
  due: number;
  /** Steps recorded as fired, and their notices in the case managers' inboxes (the keys allow one each). */
  fired: number;
  notified: number;
  delaySeconds: number;
  /** From the first step's due time to the last's. */
  dueSpreadSeconds: number;
  /** From the last step's job entering Redis to the first step's due time: every step was pending before any fell due. */
  pendingLeadSeconds: number;
  /** From each step's due time to its notification row, the figure asked for; and to the step's firing alone. */
  notification: Lateness;
  firing: Lateness;
  /** The same number of bare BullMQ delayed jobs, same due-time spread, same Redis, a worker that does nothing. */
  bareBullmq: Lateness;
  /**
   * Both again for what fell due WARM_FROM_SECONDS or more into the burst: the worker meets the
   * burst cold (no timer job run yet, no statement of the step prepared on its connections), and
   * the figures say how much of the whole burst's lateness that start costs.
   */
  notificationWarm: Lateness;
  bareBullmqWarm: Lateness;
  /** Redis bytes per delayed job of the timers queue (MEMORY USAGE) while every step is pending. */
  redisBytesPerPendingStep: number;
  /** From the first step falling due to the last notice: what the burst cost and how fast it went. */
  burst: BurstCost;
}

/** The CPU one escalation step cost while the burst was worked off, against the rate steps fell due. */
export interface BurstCost {
  /** Steps falling due per second (the burst), and steps notified per second while it was worked off. */
  duePerSecond: number;
  notifiedPerSecond: number;
  /** CPU of the worker process, and of the whole machine (worker, API, PostgreSQL, Redis), per step. */
  workerCpuMsPerStep: number;
  machineCpuMsPerStep: number;
  /** Steps a second this machine's cores could fire at that cost, all of them busy with nothing else. */
  machineCapacityPerSecond: number;
}

/**
 * Timer lateness end to end, on a fresh database with the real API and one real worker: every
 * course misses an appointment, so that its ladder's first step waits as a delayed job; the misses
 * are paced evenly over BENCH_TIMER_DUE_SECONDS and level 1's delay is longer than that, so every
 * step is pending before the first falls due, and then they fall due over those seconds.
 */
export async function measureTimerLateness(): Promise<TimerLateness> {
  const { timerCourses: due, timerDelaySeconds: delaySeconds, timerDueSeconds } = SETTINGS;
  const databaseUrl = await freshBenchDatabase();
  await freshQueues(SETTINGS.redisUrl, SETTINGS.queuePrefix);
  const settings = {
    ESCALATION_LEVEL_DELAYS: `PT${delaySeconds}S,PT2H,PT3H`,
    // The misses are registered over HTTP; an hour's grace keeps the automatic miss out of the way.
    APPOINTMENT_GRACE: 'PT1H',
    QUIET_HOURS: '',
  };
  const api = await startApi(databaseUrl, settings);
  const worker = startWorker(databaseUrl, settings);
  const http = new HttpClient(api.baseUrl, CONCURRENCY);
  // Autovacuum would long have analysed tables this size (it is off on this machine's PostgreSQL);
  // without statistics, firing a timer scans every pending timer rather than finding it by its key.
  const analyze = () => withDatabase(databaseUrl, (db) => db.query('ANALYZE'));
  try {
    const buildFrom = Date.now();
    const world = await buildWorld(http, due, CONCURRENCY);
    await analyze();
    const appointments = await scheduleAppointments(http, world.courses, CONCURRENCY);
    await analyze();
    log(
      `timer world built in ${((Date.now() - buildFrom) / 1000).toFixed(0)} s: ${due} courses with an appointment that ended a minute ago`,
    );
    // The world's own side effects (notices, appointment reminders) go first, so that they do not count.
    await untilQueuesIdle();
    const missesFrom = Date.now();
    await registerMisses(http, appointments, CONCURRENCY, timerDueSeconds);
    log(
      `${due} misses registered in ${((Date.now() - missesFrom) / 1000).toFixed(1)} s; level 1 falls due ${delaySeconds} s after each`,
    );
    const schedule = await withDatabase(databaseUrl, (db) => untilEveryStepPending(db, due));
    const redisBytesPerPendingStep = await redisBytesPerDelayedJob(TIMERS_QUEUE);
    const burst = await costOfBurst(databaseUrl, worker.pid, due, schedule.dueSpreadSeconds);
    const steps = await withDatabase(databaseUrl, latenessOfSteps);
    const offsets = await withDatabase(databaseUrl, dueOffsetsMs);
    const bare = await measureBareDelayedJobs(
      offsets,
      Math.max(2000, schedule.pendingLeadSeconds * 1000),
      WARM_FROM_SECONDS * 1000,
    );
    return {
      due,
      delaySeconds,
      ...schedule,
      ...steps,
      bareBullmq: bare.whole,
      bareBullmqWarm: bare.warm,
      redisBytesPerPendingStep,
      burst,
    };
  } finally {
    http.close();
    await worker.stop();
    await api.stop();
    // Tens of thousands of reminders stay delayed for days; the shared Redis need not keep them.
    await freshQueues(SETTINGS.redisUrl, SETTINGS.queuePrefix);
  }
}

/**
 * Waits from the first step's due time until every step's notice is in, measuring the worker's
 * CPU and the whole machine's meanwhile: whether the cores can keep up with the burst at all.
 */
async function costOfBurst(
  databaseUrl: string,
  workerPid: number | undefined,
  due: number,
  dueSpreadSeconds: number,
): Promise<BurstCost> {
  // One connection for the whole wait: a connection per poll would be charged to the steps.
  const { from, cpu } = await withDatabase(databaseUrl, async (db) => {
    const { rows } = await db.query(
      `SELECT extract(epoch FROM min(due_at)) * 1000 AS at FROM timers WHERE kind = 'escalation_step' AND subject = '1.1'`,
    );
    await sleep(Math.max(0, Number(rows[0].at) - Date.now()));
    const started = Date.now();
    const deadline = started + 900_000 + dueSpreadSeconds * 1000;
    const measured = await withCpu(workerPid, async () => {
      while ((await notifiedSteps(db)) < due && Date.now() < deadline) await sleep(500);
    });
    return { from: started, cpu: measured.cpu };
  });
  const seconds = (Date.now() - from) / 1000;
  const machineCpuMsPerStep = (((cpu.machineBusyPercent / 100) * cpus().length * seconds) / due) * 1000;
  return {
    duePerSecond: due / dueSpreadSeconds,
    notifiedPerSecond: due / seconds,
    workerCpuMsPerStep: (cpu.processSeconds / due) * 1000,
    machineCpuMsPerStep,
    machineCapacityPerSecond: (cpus().length * 1000) / machineCpuMsPerStep,
  };
}

/** Waits until no job of the timers and notifications queues is waiting or running. */
async function untilQueuesIdle(): Promise<void> {
  const queues = [TIMERS_QUEUE, NOTIFICATIONS_QUEUE].map(
    (name) => new Queue(name, { connection: redisConnection(SETTINGS.redisUrl), prefix: SETTINGS.queuePrefix }),
  );
  try {
    for (;;) {
      const counts = await Promise.all(queues.map((queue) => queue.getJobCounts('waiting', 'active', 'prioritized')));
      if (counts.every((count) => Object.values(count).every((n) => n === 0))) return;
      await sleep(1000);
    }
  } finally {
    await Promise.all(queues.map((queue) => queue.close()));
  }
}

/** Waits until every step's job is in Redis, and refuses a run in which a step fell due before the last was. */
async function untilEveryStepPending(
  db: Client,
  due: number,
): Promise<Pick<TimerLateness, 'dueSpreadSeconds' | 'pendingLeadSeconds'>> {
  for (;;) {
    const { rows } = await db.query(
      `SELECT count(sent_at)::int AS published, extract(epoch FROM min(due_at) - max(sent_at)) AS lead, extract(epoch FROM max(due_at) - min(due_at)) AS spread
       FROM outbox WHERE kind = 'timerDue' AND payload->>'kind' = 'escalation_step' AND payload->>'subject' = '1.1'`,
    );
    const [{ published, lead, spread }] = rows;
    if (published === due) {
      if (Number(lead) <= 0)
        throw new Error(
          `The last step was enqueued ${-Number(lead)} s after the first fell due; raise BENCH_TIMER_DELAY_SECONDS`,
        );
      return { dueSpreadSeconds: Number(spread), pendingLeadSeconds: Number(lead) };
    }
    await sleep(500);
  }
}

/** Each level 1 step's due time, in ms after the first one's. */
async function dueOffsetsMs(db: Client): Promise<number[]> {
  const { rows } = await db.query(
    `SELECT extract(epoch FROM due_at - min(due_at) OVER ()) * 1000 AS offset_ms FROM timers WHERE kind = 'escalation_step' AND subject = '1.1'`,
  );
  return rows.map((row: { offset_ms: string }) => Number(row.offset_ms));
}

/** Level 1 notices in the case managers' inboxes. */
const NOTICES = `notices AS (
  SELECT n.course_id, n.created_at FROM notifications n JOIN courses c ON c.id = n.course_id AND c.case_manager_id = n.recipient_id
  WHERE n.kind = 'outreach_escalation' AND n.payload->>'ladder' = '1' AND n.payload->>'step' = '1')`;

async function notifiedSteps(db: Client): Promise<number> {
  return (await db.query(`WITH ${NOTICES} SELECT count(*)::int AS notified FROM notices`)).rows[0].notified;
}

async function latenessOfSteps(
  db: Client,
): Promise<Pick<TimerLateness, 'fired' | 'notified' | 'notification' | 'firing' | 'notificationWarm'>> {
  const { rows } = await db.query(
    `WITH ${NOTICES}, late AS (
       SELECT extract(epoch FROM n.created_at - t.due_at) * 1000 AS notified_ms, extract(epoch FROM s.fired_at - t.due_at) * 1000 AS fired_ms,
              t.due_at >= min(t.due_at) OVER () + make_interval(secs => $1) AS warm
       FROM notices n
       JOIN timers t ON t.course_id = n.course_id AND t.kind = 'escalation_step' AND t.subject = '1.1'
       JOIN escalation_steps s ON s.course_id = n.course_id AND s.ladder = 1 AND s.step = 1)
     SELECT (SELECT count(*)::int FROM escalation_steps WHERE ladder = 1 AND step = 1) AS fired, (SELECT count(*)::int FROM notices) AS notified,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY notified_ms) AS n50, percentile_disc(0.99) WITHIN GROUP (ORDER BY notified_ms) AS n99,
       max(notified_ms) AS nmax, percentile_disc(0.5) WITHIN GROUP (ORDER BY fired_ms) AS f50,
       percentile_disc(0.99) WITHIN GROUP (ORDER BY fired_ms) AS f99, max(fired_ms) AS fmax,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY notified_ms) FILTER (WHERE warm) AS w50,
       percentile_disc(0.99) WITHIN GROUP (ORDER BY notified_ms) FILTER (WHERE warm) AS w99,
       max(notified_ms) FILTER (WHERE warm) AS wmax
     FROM late`,
    [WARM_FROM_SECONDS],
  );
  const [r] = rows;
  const lateness = (p50: string, p99: string, max: string): Lateness => ({
    p50Ms: Number(p50),
    p99Ms: Number(p99),
    maxMs: Number(max),
  });
  return {
    fired: r.fired,
    notified: r.notified,
    notification: lateness(r.n50, r.n99, r.nmax),
    firing: lateness(r.f50, r.f99, r.fmax),
    notificationWarm: lateness(r.w50, r.w99, r.wmax),
  };
}
