import { loadConfig } from './app-config';

const KEY = 'ab'.repeat(32);
const VALID = { JWT_SECRET: 's'.repeat(32), CPR_ENCRYPTION_KEY: KEY, CPR_HASH_KEY: KEY };

describe('configuration is validated at start-up', () => {
  it('fills in the documented defaults', () => {
    expect(loadConfig(VALID)).toMatchObject({
      PORT: 3000,
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/icm',
      REDIS_URL: 'redis://127.0.0.1:6379',
      VISITATION_QUORUM: 1,
      QUIET_HOURS: '22:00-07:00',
      TIME_ZONE: 'Europe/Copenhagen',
      DIGEST_AT: '07:30',
      WEBHOOK_RETRY_BASE_MS: 5000,
      READY_MAX_OUTBOX_BACKLOG: 10000,
      READY_MAX_OUTBOX_AGE_MS: 60000,
      FIRST_YEAR_COST_SECTION_85_ADMINISTRATION_DKK: 93000,
      FIRST_YEAR_COST_SECTION_110_SHELTER_DKK: 52000,
    });
    expect(loadConfig(VALID)).toMatchObject({
      NOTIFICATION_WEBHOOK_URL: undefined,
      METRICS_TOKEN: undefined,
      WORKER_METRICS_PORT: undefined,
    });
  });

  it.each([
    ['CPR_ENCRYPTION_KEY', { CPR_ENCRYPTION_KEY: undefined }],
    ['CPR_HASH_KEY', { CPR_HASH_KEY: 'not-hex' }],
    ['JWT_SECRET', { JWT_SECRET: undefined }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['PORT', { PORT: 'eighty' }],
    ['TRUST_PROXY', { TRUST_PROXY: 'true; rm -rf' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/icm' }],
    ['VISITATION_QUORUM', { VISITATION_QUORUM: '0' }],
    ['QUIET_HOURS', { QUIET_HOURS: '22-07' }],
    ['QUIET_HOURS', { QUIET_HOURS: '24:00-07:00' }],
    ['QUIET_HOURS', { QUIET_HOURS: '07:00-07:00' }],
    ['TIME_ZONE', { TIME_ZONE: 'Europe/Aarhus' }],
    ['DIGEST_AT', { DIGEST_AT: '7:30' }],
    [
      'NOTIFICATION_WEBHOOK_URL',
      { NOTIFICATION_WEBHOOK_URL: 'ftp://hooks.example.dk', NOTIFICATION_WEBHOOK_SECRET: 'w'.repeat(32) },
    ],
    ['NOTIFICATION_WEBHOOK_SECRET', { NOTIFICATION_WEBHOOK_URL: 'https://hooks.example.dk/icm' }],
    [
      'NOTIFICATION_WEBHOOK_SECRET',
      { NOTIFICATION_WEBHOOK_URL: 'https://hooks.example.dk/icm', NOTIFICATION_WEBHOOK_SECRET: 'short' },
    ],
    ['WEBHOOK_RETRY_BASE_MS', { WEBHOOK_RETRY_BASE_MS: '0' }],
    ['APPOINTMENT_GRACE', { APPOINTMENT_GRACE: '2 hours' }],
    ['PLAN_DUE', { PLAN_DUE: 'P1M' }],
    ['FIRST_YEAR_COST_SECTION_110_SHELTER_DKK', { FIRST_YEAR_COST_SECTION_110_SHELTER_DKK: '-1' }],
    ['FIRST_YEAR_COST_SECTION_85_ADMINISTRATION_DKK', { FIRST_YEAR_COST_SECTION_85_ADMINISTRATION_DKK: '93,000' }],
    ['ESCALATION_LEVEL_DELAYS', { ESCALATION_LEVEL_DELAYS: 'PT0S,PT24H' }],
    ['ESCALATION_LEVEL_DELAYS', { ESCALATION_LEVEL_DELAYS: 'PT0S,PT24H,soon' }],
    ['ESCALATION_REPEAT_EVERY', { ESCALATION_REPEAT_EVERY: 'P' }],
    ['RECONCILE_EVERY_MS', { RECONCILE_EVERY_MS: '5' }],
    ['READY_MAX_OUTBOX_BACKLOG', { READY_MAX_OUTBOX_BACKLOG: '0' }],
    ['READY_MAX_OUTBOX_AGE_MS', { READY_MAX_OUTBOX_AGE_MS: 'a minute' }],
    ['METRICS_TOKEN', { METRICS_TOKEN: 'short' }],
    ['WORKER_METRICS_PORT', { WORKER_METRICS_PORT: '70000' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: 'https://app.example.dk/login' }],
    ['CORS_ORIGINS', { CORS_ORIGINS: '*' }],
    ['BODY_LIMIT', { BODY_LIMIT: 'a lot' }],
    ['RATE_LIMIT_PER_MINUTE', { RATE_LIMIT_PER_MINUTE: '0' }],
    ['RATE_LIMIT_ANONYMOUS_PER_MINUTE', { RATE_LIMIT_ANONYMOUS_PER_MINUTE: 'sixty' }],
  ])('stops with a message naming %s when it is missing or malformed', (name, change) => {
    expect(() => loadConfig({ ...VALID, ...change })).toThrow(new RegExp(`- ${name}:`));
  });

  it('accepts an identity provider key set instead of a shared secret', () => {
    expect(
      loadConfig({ ...VALID, JWT_SECRET: undefined, JWT_JWKS_URL: 'https://idp.example.dk/jwks' }).JWT_JWKS_URL,
    ).toBe('https://idp.example.dk/jwks');
  });

  it('refuses the development sign-in in a production configuration (an identity provider key set)', () => {
    expect(loadConfig({ ...VALID, DEVELOPMENT_SIGN_IN: 'true' }).DEVELOPMENT_SIGN_IN).toBe('true');
    expect(() =>
      loadConfig({ ...VALID, JWT_JWKS_URL: 'https://idp.example.dk/keys', DEVELOPMENT_SIGN_IN: 'true' }),
    ).toThrow(/DEVELOPMENT_SIGN_IN cannot be on with JWT_JWKS_URL/);
    expect(() => loadConfig({ ...VALID, DEVELOPMENT_SIGN_IN: 'yes' })).toThrow(
      /DEVELOPMENT_SIGN_IN must be true or false/,
    );
  });

  it('reads an empty QUIET_HOURS as no quiet hours, not as the default', () => {
    expect(loadConfig({ ...VALID, QUIET_HOURS: '' }).QUIET_HOURS).toBe('');
  });

  it('takes a webhook on a local address with a long enough secret', () => {
    const config = loadConfig({
      ...VALID,
      NOTIFICATION_WEBHOOK_URL: 'http://127.0.0.1:8080/hooks',
      NOTIFICATION_WEBHOOK_SECRET: 'w'.repeat(32),
    });
    expect(config.NOTIFICATION_WEBHOOK_URL).toBe('http://127.0.0.1:8080/hooks');
  });

  it('opens CORS to no origin unless told, and to each origin listed', () => {
    expect(loadConfig(VALID)).toMatchObject({
      CORS_ORIGINS: '',
      BODY_LIMIT: '100kb',
      RATE_LIMIT_PER_MINUTE: 600,
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: 60,
    });
    const origins = 'https://app.example.dk, http://localhost:5173';
    expect(loadConfig({ ...VALID, CORS_ORIGINS: origins }).CORS_ORIGINS).toBe(origins);
  });

  it('serves the worker metrics on a port only when one is given', () => {
    expect(loadConfig({ ...VALID, WORKER_METRICS_PORT: '9464' }).WORKER_METRICS_PORT).toBe(9464);
  });
});
