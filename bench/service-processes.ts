import { createServer } from 'node:net';
import { type RunningProcess, startApiProcess, startWorkerProcess } from '@scripts/support/service-process';
import { BENCH_SECRETS, SETTINGS } from './settings';

export type RunningApi = RunningProcess & { baseUrl: URL };

/** Every service the bench has started and not yet stopped, so that an interrupted run leaves none behind. */
const running = new Set<RunningProcess>();

function tracked<P extends RunningProcess>(service: P): P {
  running.add(service);
  return {
    ...service,
    stop: (graceMs?: number) => service.stop(graceMs).finally(() => running.delete(service)),
    kill: () => service.kill().finally(() => running.delete(service)),
  };
}

export const stopAll = (graceMs?: number) => Promise.all([...running].map((service) => service.stop(graceMs)));

/** The first port from `start` on that nothing listens on. */
async function freePort(start: number): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${start}..${start + 99}`);
}

/** What both services are told: the bench database, the bench's own queues, its secrets. */
function serviceEnv(databaseUrl: string, settings: Record<string, string>): Record<string, string> {
  return {
    ...BENCH_SECRETS,
    DATABASE_URL: databaseUrl,
    REDIS_URL: SETTINGS.redisUrl,
    QUEUE_PREFIX: SETTINGS.queuePrefix,
    LOG_LEVEL: 'error',
    DATABASE_POOL_SIZE: String(SETTINGS.poolSize),
    // The bench's few staff send thousands of requests a minute; the rate limit is not what it measures.
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...settings,
  };
}

/** Starts the real API (`node dist/src/main.js`) on the bench database and waits for /health. */
export async function startApi(
  databaseUrl: string,
  settings: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<RunningApi> {
  const port = await freePort(SETTINGS.port);
  const service = await startApiProcess(serviceEnv(databaseUrl, settings), port, [
    ...SETTINGS.apiNodeArgs,
    ...nodeArgs,
  ]);
  return tracked({ ...service, baseUrl: new URL(service.baseUrl) });
}

/** Starts the real worker (`node dist/src/worker.js`): the outbox relay and the queue processors. */
export function startWorker(databaseUrl: string, settings: Record<string, string> = {}): RunningProcess {
  return tracked(startWorkerProcess(serviceEnv(databaseUrl, settings)));
}
