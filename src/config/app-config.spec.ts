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
    });
  });

  it.each([
    ['CPR_ENCRYPTION_KEY', { CPR_ENCRYPTION_KEY: undefined }],
    ['CPR_HASH_KEY', { CPR_HASH_KEY: 'not-hex' }],
    ['JWT_SECRET', { JWT_SECRET: undefined }],
    ['JWT_SECRET', { JWT_SECRET: 'short' }],
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/icm' }],
    ['VISITATION_QUORUM', { VISITATION_QUORUM: '0' }],
  ])('stops with a message naming %s when it is missing or malformed', (name, change) => {
    expect(() => loadConfig({ ...VALID, ...change })).toThrow(new RegExp(`- ${name}:`));
  });

  it('accepts an identity provider key set instead of a shared secret', () => {
    expect(loadConfig({ ...VALID, JWT_SECRET: undefined, JWT_JWKS_URL: 'https://idp.example.dk/jwks' }).JWT_JWKS_URL).toBe(
      'https://idp.example.dk/jwks',
    );
  });
});
