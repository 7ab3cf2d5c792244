import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BENCH_SECRETS, REPO_ROOT, SETTINGS } from './settings';

export interface RunningApi {
  baseUrl: URL;
  pid: number | undefined;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

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
  const child: ChildProcess = spawn(process.execPath, [...SETTINGS.apiNodeArgs, join(REPO_ROOT, 'dist', 'src', 'main.js')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      ...BENCH_SECRETS,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
      LOG_LEVEL: 'error',
      DATABASE_POOL_SIZE: String(SETTINGS.poolSize),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let exited: string | undefined;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = `code ${code}, signal ${signal}`;
      resolve();
    }),
  );

  const stop = async (graceMs = 10_000): Promise<void> => {
    if (exited) return;
    child.kill('SIGTERM');
    const grace = new AbortController();
    const timeout = sleep(graceMs, 'timeout' as const, { signal: grace.signal }).catch(() => undefined);
    const outcome = await Promise.race([exit, timeout]);
    grace.abort();
    if (outcome === 'timeout') {
      child.kill('SIGKILL');
      await exit;
    }
  };

  const baseUrl = new URL(`http://127.0.0.1:${port}`);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`The API exited during start-up (${exited})`);
    try {
      const res = await fetch(new URL('/health', baseUrl), { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return { baseUrl, pid: child.pid, stop };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error('The API did not answer 200 on /health within 60 s');
}
