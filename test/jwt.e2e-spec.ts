import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@src/auth/development-token';
import { IDP_AUDIENCE, IDP_ISSUER, IdentityProvider } from './support/identity-provider';
import { startApp, type TestApp } from './support/test-app';
import { TEST_ENV } from './support/test-env';

/** Tokens from a production-like identity provider: an RS256 key set fetched over HTTP and rotated. */
describe('bearer tokens from the identity provider (JWKS)', () => {
  const idp = new IdentityProvider();
  let api: TestApp;
  const admin = randomUUID();
  const now = () => Math.floor(Date.now() / 1000);
  // A route any admin may call and that needs no data: the answer is 404 for an unknown member.
  const call = (token: string) => api.http.get(`/api/v1/staff/${randomUUID()}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    const jwksUrl = await idp.start();
    api = await startApp({
      env: { JWT_JWKS_URL: jwksUrl, JWT_ISSUER: IDP_ISSUER, JWT_AUDIENCE: IDP_AUDIENCE, JWT_JWKS_COOLDOWN_MS: '0' },
    });
  });
  afterAll(async () => {
    await api.close();
    await idp.stop();
  });

  it('accepts a token signed by the current key, with the right issuer and audience', async () => {
    await call(await idp.sign({ sub: admin, roles: ['admin'] })).expect(404);
  });

  it.each([
    ['expired', () => ({ exp: now() - 60 })],
    ['not valid yet (nbf)', () => ({ nbf: now() + 600 })],
    ['from another issuer', () => ({ iss: 'https://other-idp.example' })],
    ['for another audience', () => ({ aud: 'another-service' })],
  ])('refuses a token that is %s with a 401 problem', async (_, claims) => {
    const response = await call(await idp.sign({ sub: admin, roles: ['admin'], ...claims() })).expect(401);
    expect(response.body).toMatchObject({ status: 401, type: expect.stringMatching(/unauthenticated$/) });
  });

  it('refuses a development (HS256) token once the identity provider is configured', async () => {
    await call(
      await signDevelopmentToken(TEST_ENV.JWT_SECRET, {
        sub: admin,
        roles: ['admin'],
        issuer: IDP_ISSUER,
        audience: IDP_AUDIENCE,
      }),
    ).expect(401);
  });

  it('follows a key rotation: tokens of the new key verify, those of the withdrawn key stop at once', async () => {
    const before = await idp.sign({ sub: randomUUID(), roles: ['admin'] });
    await idp.rotate();
    const after = await idp.sign({ sub: randomUUID(), roles: ['admin'] });
    await call(after).expect(404);
    await call(before).expect(401);
  });
});

describe('development tokens (HS256)', () => {
  let api: TestApp;
  const sign = (claims: { issuer?: string; audience?: string; ttl?: string }) =>
    signDevelopmentToken(TEST_ENV.JWT_SECRET, { sub: randomUUID(), roles: ['admin'], ...claims });

  beforeAll(async () => {
    api = await startApp();
  });
  afterAll(() => api.close());

  it.each([
    ['another issuer', { issuer: 'someone-else' }],
    ['another audience', { audience: 'another-service' }],
    ['an expiry in the past', { ttl: '-1m' }],
  ])('are refused with %s', async (_, claims) => {
    await api.http
      .get(`/api/v1/staff/${randomUUID()}`)
      .set('Authorization', `Bearer ${await sign(claims)}`)
      .expect(401);
  });
});
