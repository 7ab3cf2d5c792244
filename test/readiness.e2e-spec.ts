import { setTimeout as sleep } from 'node:timers/promises';
import { eventually } from './support/eventually';
import { ThrowawayRedis } from './support/redis-server';
import { startApp, type TestApp } from './support/test-app';

const redis = new ThrowawayRedis(6601 + (process.pid % 100));

/** Rows other specs of the same run left unsent (none of them runs a worker throughout) must not make this one unready. */
const LENIENT_OUTBOX = { READY_MAX_OUTBOX_BACKLOG: '1000000', READY_MAX_OUTBOX_AGE_MS: String(24 * 3600_000) };

describe('readiness at /health/ready, beside liveness at /health', () => {
  let api: TestApp;
  beforeAll(async () => {
    await redis.start();
    api = await startApp({ env: { REDIS_URL: redis.url, ...LENIENT_OUTBOX } });
  });
  afterAll(async () => {
    await api.close();
    await redis.kill();
  });

  it('is ready, without a token, while PostgreSQL and Redis are up, every migration is applied and the outbox keeps up', async () => {
    const { body } = await api.http.get('/health/ready').expect(200);
    expect(body.details).toMatchObject({
      postgres: { status: 'up' },
      redis: { status: 'up' },
      migrations: { status: 'up' },
      outbox: { status: 'up', unsent: expect.any(Number), oldestUnsentAgeMs: expect.any(Number) },
    });
  });

  it('turns unready with a 503 problem naming Redis while Redis is stopped, and ready again once it is back', async () => {
    await redis.kill();
    const response = await api.http.get('/health/ready').expect(503);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 503,
      type: expect.stringMatching(/not-ready$/),
      detail: expect.stringMatching(/^Failing: redis\b/),
    });
    expect(response.body.checks).toMatchObject({
      redis: { status: 'down' },
      postgres: { status: 'up' },
      migrations: { status: 'up' },
    });

    await redis.start();
    const back = await eventually(
      () => api.http.get('/health/ready'),
      (answer) => answer.status === 200,
    );
    expect(back.status).toBe(200);
  });

  it('turns unready naming the outbox when an unsent row has waited too long for the relay', async () => {
    const strict = await startApp({ env: { READY_MAX_OUTBOX_AGE_MS: '1000' } });
    // No worker runs here, so the row stays unsent; rows other specs left unsent are older still.
    const [{ id }] = await strict.db.query(`INSERT INTO outbox (kind, payload) VALUES ('notify', '{}') RETURNING id`);
    try {
      await sleep(1100);
      const { body } = await strict.http.get('/health/ready').expect(503);
      expect(body.detail).toMatch(
        /^Failing: outbox \(\d+ unsent rows \(at most 10000\), the oldest \d+ ms old \(at most 1000 ms\)\)$/,
      );
      expect(body.checks.outbox).toMatchObject({ status: 'down', unsent: expect.any(Number) });
      expect(body.checks.outbox.oldestUnsentAgeMs).toBeGreaterThan(1000);
    } finally {
      await strict.db.query(`DELETE FROM outbox WHERE id = $1`, [id]);
      await strict.close();
    }
  });

  it('turns unready naming the migrations when the schema lags behind the build', async () => {
    const [applied] = await api.db.query(`SELECT id, timestamp, name FROM schema_migrations ORDER BY id DESC LIMIT 1`);
    await api.db.query(`DELETE FROM schema_migrations WHERE id = $1`, [applied.id]);
    try {
      const { body } = await api.http.get('/health/ready').expect(503);
      expect(body.detail).toBe('Failing: migrations (1 pending)');
      expect(body.checks.migrations.pending).toEqual([applied.name]);
    } finally {
      await api.db.query(`INSERT INTO schema_migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [
        applied.id,
        applied.timestamp,
        applied.name,
      ]);
    }
  });

  it('leaves liveness alone: /health still answers for PostgreSQL and Redis only', async () => {
    const { body } = await api.http.get('/health').expect(200);
    expect(Object.keys(body.details).sort()).toEqual(['postgres', 'redis']);
  });
});
