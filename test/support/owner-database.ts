import { Client } from 'pg';
import { TEST_DATABASE_URL } from './test-env';

/**
 * Runs `work` on a connection of the login user, the tables' owner, rather than as the service's
 * role (DATABASE_ROLE): for what a test inspects and the service may not see, such as what other
 * database sessions are waiting for.
 */
export async function asOwner<T>(work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: TEST_DATABASE_URL });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}
