import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningService {
  baseUrl: string;
  stop(): Promise<void>;
}

const spawnBuilt = (entry: 'main.js' | 'worker.js', env: Record<string, string>) =>
  spawn(process.execPath, [join(__dirname, '..', '..', 'src', entry)], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });

/**
 * Starts the built API (`dist/src/main.js`) as its own process, exactly as `npm start` would, and
 * resolves once `/health` answers 200.
 */
export async function startApiProcess(env: Record<string, string>, port: number): Promise<RunningService> {
  const child = spawnBuilt('main.js', { ...env, PORT: String(port) });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  return { baseUrl, stop: () => stopProcess(child) };
}

/** Starts the built worker (`dist/src/worker.js`): the outbox relay and the queue processors. */
export function startWorkerProcess(env: Record<string, string>): { stop(): Promise<void> } {
  const child = spawnBuilt('worker.js', env);
  return { stop: () => stopProcess(child) };
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} during start-up`);
    const healthy = await fetch(`${baseUrl}/health`).then((response) => response.ok, () => false);
    if (healthy) return;
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error('The API did not become healthy within 20 s');
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
