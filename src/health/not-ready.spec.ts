import { NotReady } from './not-ready';

describe('a failed readiness check as a problem', () => {
  it('is a 503 naming each failing check and why, with every check attached', () => {
    const details = {
      postgres: { status: 'up' as const },
      redis: { status: 'down' as const, message: 'Connection is closed.' },
      migrations: { status: 'down' as const, pending: ['Plans1763900000005'] },
    };
    const problem = new NotReady({
      status: 'error',
      info: { postgres: details.postgres },
      error: { redis: details.redis, migrations: details.migrations },
      details,
    });
    expect(problem).toMatchObject({
      status: 503,
      slug: 'not-ready',
      detail: 'Failing: redis (Connection is closed.), migrations',
      extensions: { checks: details },
    });
  });
});
