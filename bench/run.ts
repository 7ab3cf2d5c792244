import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildWorld } from './bench-world';
import { formatLayers, layersOf, type LayerShare } from './cpu-profile';
import { withCpu } from './cpu';
import { freshBenchDatabase, withDatabase } from './database';
import { HttpClient } from './http-client';
import { type BenchRequest, courseRead, type LatencySummary, runHttpLoad } from './http-load';
import { log } from './log';
import { measureMachine } from './machine';
import { runOpenLoop } from './open-loop';
import { preparePgbench, runPgbench } from './pgbench';
import { formatTable, type Measurements, rowsOf, writeResults } from './report';
import { measureReports } from './report-timing';
import { type RunningApi, startApi, stopAll } from './service-processes';
import type { BenchCourse } from './bench-world';
import { RESULTS_DIR, SETTINGS } from './settings';
import { measureTimerLateness } from './timer-lateness';

const describeHttp = (s: LatencySummary) =>
  `${s.requests} requests in ${s.seconds.toFixed(1)} s: ${s.tps.toFixed(1)} TPS, p50 ${s.p50Ms.toFixed(2)} ms, p99 ${s.p99Ms.toFixed(2)} ms`;

/** Where the API child writes a profile; each is then moved to a name of its own. */
const PROFILE_FILE = join(RESULTS_DIR, 'api-http.cpuprofile');

/** The profile agent preloaded into the API child; it waits for SIGURG (see profile-agent.ts). */
const profiledApiSettings = () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  rmSync(PROFILE_FILE, { force: true });
  return {
    nodeArgs: ['--require', join(__dirname, 'profile-agent.js')],
    env: { BENCH_PROFILE_FILE: PROFILE_FILE },
  };
};

/**
 * Profiles the API during `seconds` of a closed-loop load and charges its CPU to layers; the
 * profile stays in bench/results/api-http-<name>.cpuprofile.
 */
async function profileHttpLoad(
  api: RunningApi,
  courses: BenchCourse[],
  clients: number,
  seconds: number,
  name: string,
  requestOf?: (course: BenchCourse) => BenchRequest,
) {
  const signal = () => {
    if (api.pid === undefined) throw new Error('The API child has no pid to profile');
    process.kill(api.pid, 'SIGURG');
  };
  rmSync(PROFILE_FILE, { force: true });
  signal();
  await sleep(200);
  const load = await runHttpLoad(api.baseUrl, courses, clients, seconds, requestOf);
  signal();
  for (let waited = 0; !existsSync(PROFILE_FILE); waited += 100) {
    if (waited > 30_000) throw new Error(`The API wrote no profile to ${PROFILE_FILE}`);
    await sleep(100);
  }
  await sleep(500);
  const kept = join(RESULTS_DIR, `api-http-${name}.cpuprofile`);
  renameSync(PROFILE_FILE, kept);
  return layersOf(kept, load.requests);
}

/**
 * One run, one PostgreSQL: fresh database, the real API as a child process, the world built over
 * HTTP, then the HTTP load and the pgbench mirror of the same transaction back to back, the machine
 * step alone, the timers' lateness on a fresh database with the API and a worker, and last the
 * reports on a fresh database of 100,000 courses.
 * Prints a table and writes bench/results/latest.json.
 */
async function main(): Promise<void> {
  const started = Date.now();
  const { clients, seconds, singleClientSeconds } = SETTINGS;
  log(`${clients} clients, ${seconds} s per figure (${singleClientSeconds} s single-client)`);

  const databaseUrl = await freshBenchDatabase();
  log(`database ${SETTINGS.database} created and migrated`);
  let api: RunningApi | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping the services`);
    void stopAll(2000).finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);

  let m: Omit<Measurements, 'machine' | 'timers' | 'reports' | 'layers' | 'readLayers'>;
  let layers: LayerShare[];
  let readLayers: LayerShare[];
  let caseManagerId: string;
  let firstCourseId: string;
  try {
    const profiled = profiledApiSettings();
    const running = (api = await startApi(databaseUrl, profiled.env, profiled.nodeArgs));
    log(`API up on ${running.baseUrl.origin}`);
    const setup = new HttpClient(running.baseUrl, 4);
    const world = await buildWorld(setup, Math.max(16, clients)).finally(() => setup.close());
    [{ id: firstCourseId, caseManagerId }] = world.courses;
    log(`world built: ${world.courses.length} courses in planning`);
    const checkpoint = () => withDatabase(databaseUrl, (db) => db.query('CHECKPOINT'));

    await runHttpLoad(running.baseUrl, world.courses, clients, SETTINGS.warmupSeconds);
    await checkpoint();
    const { result: http, cpu: httpCpu } = await withCpu(running.pid, () =>
      runHttpLoad(running.baseUrl, world.courses, clients, seconds),
    );
    log(
      `HTTP, ${clients} clients: ${describeHttp(http)}; API CPU ${httpCpu.processSeconds.toFixed(1)} s, load generator CPU ${httpCpu.benchSeconds.toFixed(1)} s, cores ${httpCpu.machineBusyPercent.toFixed(0)}% busy`,
    );

    const workloads = await withDatabase(databaseUrl, (db) => preparePgbench(db, world.courses.slice(0, clients)));
    await checkpoint();
    const { result: pgbench, cpu: pgbenchCpu } = await withCpu(undefined, () =>
      runPgbench(workloads.write, clients, seconds),
    );
    log(
      `pgbench, ${clients} clients: ${pgbench.transactions} transactions, ${pgbench.tps.toFixed(1)} TPS; cores ${pgbenchCpu.machineBusyPercent.toFixed(0)}% busy`,
    );

    await checkpoint();
    const httpSingle = await runHttpLoad(running.baseUrl, world.courses, 1, singleClientSeconds);
    log(`HTTP, 1 client: ${describeHttp(httpSingle)}`);
    await checkpoint();
    const pgbenchSingle = await runPgbench(workloads.write, 1, singleClientSeconds);
    log(`pgbench, 1 client: latency average ${pgbenchSingle.latencyAverageMs.toFixed(3)} ms`);

    await checkpoint();
    const { result: httpRead, cpu: httpReadCpu } = await withCpu(running.pid, () =>
      runHttpLoad(running.baseUrl, world.courses, clients, seconds, courseRead),
    );
    log(`HTTP reads (GET /courses/:id), ${clients} clients: ${describeHttp(httpRead)}`);
    await checkpoint();
    const { result: pgbenchRead, cpu: pgbenchReadCpu } = await withCpu(undefined, () =>
      runPgbench(workloads.read, clients, seconds),
    );
    log(
      `pgbench reads, ${clients} clients: ${pgbenchRead.transactions} reads, ${pgbenchRead.tps.toFixed(1)} per second`,
    );

    // Half the measured maximum, sent on a schedule whatever the answers do.
    await checkpoint();
    const openLoop = await runOpenLoop(running.baseUrl, world.courses, http.tps / 2, seconds);
    log(
      `HTTP open loop at ${openLoop.arrivalRate.toFixed(0)} requests/s: ${openLoop.requests} answered, p50 ${openLoop.p50Ms.toFixed(2)} ms, p99 ${openLoop.p99Ms.toFixed(2)} ms (from each request's scheduled time)`,
    );

    await checkpoint();
    layers = await profileHttpLoad(running, world.courses, clients, SETTINGS.profileSeconds, 'write');
    log(`CPU profile of the HTTP write load (${SETTINGS.profileSeconds} s), by layer:\n${formatLayers(layers)}`);
    await checkpoint();
    readLayers = await profileHttpLoad(running, world.courses, clients, SETTINGS.profileSeconds, 'read', courseRead);
    log(
      `CPU profile of the HTTP read load (${SETTINGS.profileSeconds} s), by layer:\n${formatLayers(readLayers, 'read')}`,
    );
    m = {
      http,
      pgbench,
      httpSingle,
      pgbenchSingle,
      openLoop,
      reads: { http: httpRead, pgbench: pgbenchRead, cpu: { http: httpReadCpu, pgbench: pgbenchReadCpu } },
      cpu: { http: httpCpu, pgbench: pgbenchCpu },
    };
  } finally {
    await api?.stop();
    log('API stopped');
  }

  const snapshot = await withDatabase(
    databaseUrl,
    async (db) => (await db.query(`SELECT snapshot FROM courses WHERE id = $1`, [firstCourseId])).rows[0].snapshot,
  );
  const machine = measureMachine(snapshot, caseManagerId, SETTINGS.machineSeconds);
  log(
    `machine: ${machine.calls} transitions in ${machine.seconds.toFixed(1)} s (${machine.microsPerTransition.toFixed(1)} µs each)`,
  );

  const timers = await measureTimerLateness();
  log(
    `timers: ${timers.fired} of ${timers.due} steps fired, ${timers.notified} notified; lateness to the notification p50 ${timers.notification.p50Ms.toFixed(0)} ms, p99 ${timers.notification.p99Ms.toFixed(0)} ms, max ${timers.notification.maxMs.toFixed(0)} ms`,
  );

  const reports = await measureReports();

  const measurements: Measurements = { ...m, machine, timers, reports, layers, readLayers };
  const { rows, derived } = rowsOf(measurements);
  const totalSeconds = (Date.now() - started) / 1000;
  const file = writeResults(measurements, rows, derived, totalSeconds);
  process.stdout.write(`\n${formatLayers(layers)}\n\n${formatLayers(readLayers, 'read')}\n\n${formatTable(rows)}\n\n`);
  log(`whole run ${totalSeconds.toFixed(0)} s; results in ${file}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
