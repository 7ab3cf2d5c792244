import { Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from '@src/config/app-config';
import { redisConnection } from '@src/queues/queues.module';
import { percentile } from './http-load';
import { BENCH_SECRETS, SETTINGS } from './settings';
import type { Lateness } from './timer-lateness';

/** The bench's worker's concurrency: the environment it inherits from the bench, read as the worker reads it. */
const workerConcurrency = () => loadConfig({ ...process.env, ...BENCH_SECRETS }).WORKER_CONCURRENCY;
const QUEUE = 'bare-baseline';

/**
 * Redis bytes per delayed job of `queue`: MEMORY USAGE of each job's hash plus its share of the
 * delayed set. Counted key by key, because other users of the same Redis move `used_memory`.
 */
export async function redisBytesPerDelayedJob(queue: string): Promise<number> {
  const redis = new Redis(SETTINGS.redisUrl);
  try {
    const base = `${SETTINGS.queuePrefix}:${queue}`;
    const ids = await redis.zrange(`${base}:delayed`, 0, -1);
    if (ids.length === 0) return NaN;
    const pipeline = redis.pipeline();
    for (const id of ids) pipeline.memory('USAGE', `${base}:${id}`, 'SAMPLES', '0');
    const usages = ((await pipeline.exec()) ?? []).map(([, bytes]) => Number(bytes ?? 0));
    const delayedSet = Number(await redis.memory('USAGE', `${base}:delayed`, 'SAMPLES', '0'));
    return (usages.reduce((sum, bytes) => sum + bytes, 0) + delayedSet) / ids.length;
  } finally {
    redis.disconnect();
  }
}

/** p50, p99 and max of some lateness figures, in ms. */
function latenessFrom(figures: number[]): Lateness {
  const sorted = [...figures].sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? NaN };
}

/**
 * The floor under the timers' lateness: bare BullMQ delayed jobs with the same due-time offsets
 * (`dueOffsetsMs`, from the first due time), all pending `leadMs` before the first falls due,
 * on the same Redis, taken by a worker that does nothing, with the service's concurrency. Also
 * the lateness of the jobs due `warmFromMs` or more after the first, as the steps' is reported.
 */
export async function measureBareDelayedJobs(
  dueOffsetsMs: number[],
  leadMs: number,
  warmFromMs: number,
): Promise<{ whole: Lateness; warm: Lateness }> {
  const connection = redisConnection(SETTINGS.redisUrl);
  const queue = new Queue(QUEUE, { connection, prefix: SETTINGS.queuePrefix });
  const lateness: { offsetMs: number; ms: number }[] = [];
  const worker = new Worker(
    QUEUE,
    async (job) => {
      const { dueAt, offsetMs } = job.data as { dueAt: number; offsetMs: number };
      lateness.push({ offsetMs, ms: Date.now() - dueAt });
    },
    { connection: redisConnection(SETTINGS.redisUrl), prefix: SETTINGS.queuePrefix, concurrency: workerConcurrency() },
  );
  try {
    const firstDue = Date.now() + leadMs;
    for (let i = 0; i < dueOffsetsMs.length; i += 500) {
      const now = Date.now();
      await queue.addBulk(
        dueOffsetsMs.slice(i, i + 500).map((offset, j) => ({
          name: 'due',
          data: { dueAt: firstDue + offset, offsetMs: offset },
          opts: { delay: Math.max(0, firstDue + offset - now), jobId: `bare-${i + j}`, removeOnComplete: true },
        })),
      );
    }
    const deadline = firstDue + Math.max(0, ...dueOffsetsMs) + 600_000;
    while (lateness.length < dueOffsetsMs.length && Date.now() < deadline) await sleep(200);
  } finally {
    await worker.close();
    await queue.obliterate({ force: true });
    await queue.close();
  }
  return {
    whole: latenessFrom(lateness.map(({ ms }) => ms)),
    warm: latenessFrom(lateness.filter(({ offsetMs }) => offsetMs >= warmFromMs).map(({ ms }) => ms)),
  };
}
