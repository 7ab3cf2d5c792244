import { basename, dirname, join } from 'node:path';

/** The repository root, seen from dist/bench/*.js (or from bench/*.ts when run uncompiled). */
export const REPO_ROOT = basename(dirname(__dirname)) === 'dist' ? join(__dirname, '..', '..') : join(__dirname, '..');

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

/** Everything the bench can be told through the environment; defaults give the reference run. */
export const SETTINGS = {
  seconds: numberFromEnv('BENCH_SECONDS', 20),
  clients: Math.round(numberFromEnv('BENCH_CLIENTS', 16)),
  singleClientSeconds: numberFromEnv('BENCH_SINGLE_SECONDS', 5),
  /** Seconds of the closed-loop write load under the CPU profiler. */
  profileSeconds: numberFromEnv('BENCH_PROFILE_SECONDS', 10),
  warmupSeconds: numberFromEnv('BENCH_WARMUP_SECONDS', 2),
  machineSeconds: numberFromEnv('BENCH_MACHINE_SECONDS', 2),
  port: Math.round(numberFromEnv('BENCH_PORT', 3900)),
  pgHost: process.env.BENCH_PG_HOST ?? '127.0.0.1',
  pgPort: Math.round(numberFromEnv('BENCH_PG_PORT', 5432)),
  pgUser: process.env.BENCH_PG_USER ?? 'postgres',
  database: process.env.BENCH_DATABASE ?? 'icm_bench',
  /** Extra node flags for the API child, e.g. "--cpu-prof --cpu-prof-dir=bench/results/prof". */
  apiNodeArgs: (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
  poolSize: Math.round(numberFromEnv('BENCH_POOL_SIZE', 20)),
  redisUrl: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  /** The bench's own queues, emptied before the timer figure, so that no other worker takes its jobs. */
  queuePrefix: 'icm-bench',
  /** Courses whose first escalation step falls due in the timer figure. */
  timerCourses: Math.round(numberFromEnv('BENCH_TIMER_COURSES', 10000)),
  /** Level 1's delay after the miss: long enough for every step to be pending before the first is due. */
  timerDelaySeconds: Math.round(numberFromEnv('BENCH_TIMER_DELAY_SECONDS', 150)),
  /** The misses are paced evenly over this many seconds, and so the steps fall due over as many. */
  timerDueSeconds: numberFromEnv('BENCH_TIMER_DUE_SECONDS', 60),
  /** Courses of the reports' world (ten events each), and the timed requests of each report after a warm-up. */
  reportCourses: Math.round(numberFromEnv('BENCH_REPORT_COURSES', 100000)),
  reportRuns: Math.round(numberFromEnv('BENCH_REPORT_RUNS', 5)),
};

/** A host starting with "/" is a Unix socket's directory, given as libpq's `host` parameter. */
export const pgUrl = (database: string) =>
  SETTINGS.pgHost.startsWith('/')
    ? `postgres://${SETTINGS.pgUser}@localhost:${SETTINGS.pgPort}/${database}?host=${SETTINGS.pgHost}`
    : `postgres://${SETTINGS.pgUser}@${SETTINGS.pgHost}:${SETTINGS.pgPort}/${database}`;

/** Secrets for the bench's own throw-away API process; never used anywhere else. */
export const BENCH_SECRETS = {
  JWT_SECRET: 'bench-only-secret-bench-only-secret-0123456789',
  CPR_ENCRYPTION_KEY: '0123456789abcdef'.repeat(4),
  CPR_HASH_KEY: 'fedcba9876543210'.repeat(4),
};

export const RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
export const PGBENCH_SCRIPTS = {
  write: join(REPO_ROOT, 'bench', 'transition.pgbench.sql'),
  read: join(REPO_ROOT, 'bench', 'read.pgbench.sql'),
};
