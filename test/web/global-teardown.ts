import { built } from './service';
import { readWorld } from './world';

/** Stops the service and the worker the setup started, and drops the database it made (not one it was given). */
export default async function globalTeardown(): Promise<void> {
  const { pids, databaseUrl } = readWorld();
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
  if (process.env.WEB_DATABASE_URL) return;
  const { dropDatabase } = built<{ dropDatabase(url: string): Promise<void> }>('scripts/support/fresh-database.js');
  await dropDatabase(databaseUrl);
}
