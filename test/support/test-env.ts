/**
 * The configuration every e2e test runs with: the same variables production reads, with a fresh
 * database of its own. CI may point E2E_DATABASE_URL and REDIS_URL elsewhere.
 */
export const TEST_DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/icm_e2e';

export const TEST_ENV = {
  DATABASE_URL: TEST_DATABASE_URL,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  JWT_SECRET: 'e2e-only-secret-e2e-only-secret-e2e',
  CPR_ENCRYPTION_KEY: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
  CPR_HASH_KEY: '1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef',
  LOG_LEVEL: 'error',
  // Queues of their own, so that a demo or another run on the same Redis takes none of these jobs.
  QUEUE_PREFIX: `icm-e2e-${process.pid}`,
  OUTBOX_POLL_MS: '50',
  // No quiet hours, so that a reminder reaches the inbox at once at any hour the tests run; the
  // delivery tests set their own.
  QUIET_HOURS: '',
  // Tests poll the API as fast as it answers, far faster than staff do; test/hardening.e2e-spec.ts
  // sets a low limit of its own.
  RATE_LIMIT_PER_MINUTE: '100000',
  RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
};

Object.assign(process.env, TEST_ENV);
