import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '@test/support/free-port';

export const REPO = join(__dirname, '..', '..');
export const DIST = join(REPO, 'dist');

/** The built modules the tests reuse (the tests run the service as it ships, from dist/). */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a path known only at run time, after the build
export const built = <T>(path: string): T => require(join(DIST, path)) as T;

/** The settings every browser test's service shares; each test adds its sign-in and database. */
export const SERVICE_ENV = {
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  CPR_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  CPR_HASH_KEY: '1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef',
  QUEUE_PREFIX: `icm-web-${process.pid}`,
  QUIET_HOURS: '',
  OUTBOX_POLL_MS: '50',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '100000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
};

/** A built entry point (`main.js`, `worker.js`) as its own process. */
export const startProcess = (entry: string, env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, [join(DIST, 'src', entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });

/** The built API on the port (a free one by default), answered once healthy. */
export async function startApi(
  env: Record<string, string>,
  port?: number,
): Promise<{ baseUrl: string; api: ChildProcess }> {
  port ??= await freePort();
  const api = startProcess('main.js', { ...env, PORT: String(port) });
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const healthy = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { baseUrl, api };
    if (tries > 150 || api.exitCode !== null) throw new Error('The service did not start');
    await sleep(200);
  }
}
