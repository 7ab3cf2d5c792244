import { readWorld } from './world';

/** Stops the service and the worker the setup started. */
export default async function globalTeardown(): Promise<void> {
  const { pids } = readWorld();
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
