import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningService {
  baseUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`dist/src/main.js`) as its own process, exactly as `npm start` would, and
 * resolves once `/health` answers 200.
 */
export async function startApiProcess(env: Record<string, string>, port: number): Promise<RunningService> {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'src', 'main.js')], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child);
  return { baseUrl, stop: () => stopProcess(child) };
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
