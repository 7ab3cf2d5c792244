import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@src/database/data-source-options';
import { TEST_DATABASE_URL } from '@test/support/test-env';

/**
 * The pool keeps an idle connection for `idleSeconds` (DATABASE_IDLE_SECONDS), and closes it after:
 * a burst after a quiet spell finds its connections, their backends and their prepared statements
 * still there, rather than paying for new ones.
 */
describe('the pool keeps idle connections for DATABASE_IDLE_SECONDS', () => {
  const backendOf = async (dataSource: DataSource): Promise<number> =>
    (await dataSource.query('SELECT pg_backend_pid() AS pid'))[0].pid;

  async function backendsAcross(idleSeconds: number, quietMs: number): Promise<[number, number]> {
    const dataSource = await new DataSource(
      dataSourceOptions(TEST_DATABASE_URL, { poolSize: 1, idleSeconds }),
    ).initialize();
    try {
      const before = await backendOf(dataSource);
      await new Promise((resolve) => setTimeout(resolve, quietMs));
      return [before, await backendOf(dataSource)];
    } finally {
      await dataSource.destroy();
    }
  }

  it('uses the same connection again after a quiet spell shorter than the idle time', async () => {
    const [before, after] = await backendsAcross(3, 1500);
    expect(after).toBe(before);
  });

  it('closes a connection idle for longer, and opens a new one for the next statement', async () => {
    const [before, after] = await backendsAcross(1, 1500);
    expect(after).not.toBe(before);
  });
});
