import { createServer } from 'node:net';
import { type RunningProcess, startApiProcess } from '../scripts/support/service-process';
import { BENCH_SECRETS, SETTINGS } from './settings';

export type RunningApi = RunningProcess & { baseUrl: URL };

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

/** Starts the real API (`node dist/src/main.js`) on the bench database and waits for /health. */
export async function startApi(databaseUrl: string): Promise<RunningApi> {
  const port = await freePort(SETTINGS.port);
  const env = {
    ...BENCH_SECRETS,
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
    LOG_LEVEL: 'error',
    DATABASE_POOL_SIZE: String(SETTINGS.poolSize),
  };
  const service = await startApiProcess(env, port, SETTINGS.apiNodeArgs);
  return { ...service, baseUrl: new URL(service.baseUrl) };
}
