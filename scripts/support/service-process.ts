import { type ChildProcess, spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface RunningProcess {
  pid: number | undefined;
  /** SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  /** SIGKILL at once, as a crash would: no shutdown hook runs. */
  kill(): Promise<void>;
}

export interface RunningService extends RunningProcess {
  baseUrl: string;
  /** Everything the process wrote to stdout and stderr so far, when started with `capture`. */
  output(): string;
}

/** dist/src, whether this file runs built (from dist/scripts/support) or from its source (the e2e tests). */
const twoUp = join(__dirname, '..', '..');
export const BUILT_SRC = join(basename(twoUp) === 'dist' ? twoUp : join(twoUp, 'dist'), 'src');

/** Starts a built entry point (`dist/src/main.js` or `worker.js`) as its own process. */
function startBuilt(
  entry: 'main.js' | 'worker.js',
  env: Record<string, string>,
  nodeArgs: string[] = [],
  capture = false,
) {
  const child = spawn(process.execPath, [...nodeArgs, join(BUILT_SRC, entry)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', capture ? 'pipe' : 'inherit', capture ? 'pipe' : 'inherit'],
  });
  const written: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => written.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => written.push(chunk));
  const output = () => Buffer.concat(written).toString('utf8');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;
  const stop = async (graceMs = 10_000): Promise<void> => {
    if (hasExited()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };
  const kill = async (): Promise<void> => {
    if (hasExited()) return;
    child.kill('SIGKILL');
    await exited;
  };
  return { child, output, running: { pid: child.pid, stop, kill } };
}

/**
 * Starts the built API as its own process, exactly as `npm start` would, and resolves once
 * `/health` answers 200.
 */
export async function startApiProcess(
  env: Record<string, string>,
  port: number,
  nodeArgs: string[] = [],
  { capture = false }: { capture?: boolean } = {},
): Promise<RunningService> {
  const { child, running, output } = startBuilt('main.js', { ...env, PORT: String(port) }, nodeArgs, capture);
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(baseUrl, child);
  } catch (error) {
    await running.stop(2000);
    throw error;
  }
  return { ...running, baseUrl, output };
}

/** Starts the built worker: the outbox relay and the queue processors. */
export function startWorkerProcess(env: Record<string, string>): RunningProcess {
  return startBuilt('worker.js', env).running;
}

async function waitForHealth(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} during start-up`);
    const healthy = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(200);
  }
  throw new Error('The API did not answer 200 on /health within 60 s');
}
