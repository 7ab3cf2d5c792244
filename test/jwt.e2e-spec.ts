import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@src/auth/development-token';
import { IDP_AUDIENCE, IDP_ISSUER, IdentityProvider } from './support/identity-provider';
import { startApp, type TestApp } from './support/test-app';
import { TEST_ENV } from './support/test-env';
import type { Role } from '@src/auth/roles';
import { StaffRepository } from '@src/staff/staff.repository';

/** Tokens from a production-like identity provider: an RS256 key set fetched over HTTP and rotated. */
describe('bearer tokens from the identity provider (JWKS)', () => {
  const idp = new IdentityProvider();
  let api: TestApp;
  // The provider's subject for the admin: not a staff id, linked to one when the member was added.
  const adminSubject = `idp-admin-${randomUUID()}`;
  const now = () => Math.floor(Date.now() / 1000);
  // A route any admin may call and that needs no data: the answer is 404 for an unknown member.
  const call = (token: string) => api.http.get(`/api/v1/staff/${randomUUID()}`).set('Authorization', `Bearer ${token}`);
  const me = (token: string) => api.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`);
  const addStaff = (fields: { roles: Role[]; email?: string; identitySubject?: string }) =>
    new StaffRepository().insert(api.db.manager, {
      name: 'Provider Person',
      teamId: null,
      municipality: null,
      maxCaseload: 8,
      email: null,
      identitySubject: null,
      ...fields,
    });

  beforeAll(async () => {
    const jwksUrl = await idp.start();
    api = await startApp({
      env: {
        JWT_JWKS_URL: jwksUrl,
        JWT_ISSUER: IDP_ISSUER,
        JWT_AUDIENCE: IDP_AUDIENCE,
        JWT_JWKS_COOLDOWN_MS: '0',
        OIDC_MATCH_CLAIM: 'email',
      },
    });
    await addStaff({ roles: ['admin'], identitySubject: adminSubject });
  });
  afterAll(async () => {
    await api.close();
    await idp.stop();
  });

  it('accepts a token signed by the current key, with the right issuer and audience', async () => {
    await call(await idp.sign({ sub: adminSubject })).expect(404);
  });

  it.each([
    ['expired', () => ({ exp: now() - 60 })],
    ['not valid yet (nbf)', () => ({ nbf: now() + 600 })],
    ['from another issuer', () => ({ iss: 'https://other-idp.example' })],
    ['for another audience', () => ({ aud: 'another-service' })],
  ])('refuses a token that is %s with a 401 problem', async (_, claims) => {
    const response = await call(await idp.sign({ sub: adminSubject, ...claims() })).expect(401);
    expect(response.body).toMatchObject({ status: 401, type: expect.stringMatching(/unauthenticated$/) });
  });

  it('refuses a development (HS256) token once the identity provider is configured', async () => {
    await call(
      await signDevelopmentToken(TEST_ENV.JWT_SECRET, {
        sub: randomUUID(),
        roles: ['admin'],
        issuer: IDP_ISSUER,
        audience: IDP_AUDIENCE,
      }),
    ).expect(401);
  });

  it('follows a key rotation: tokens of the new key verify, those of the withdrawn key stop at once', async () => {
    const subject = `idp-rotation-${randomUUID()}`;
    await addStaff({ roles: ['admin'], identitySubject: subject });
    const before = await idp.sign({ sub: subject, nonce: 'before' });
    await idp.rotate();
    const after = await idp.sign({ sub: subject, nonce: 'after' });
    await call(after).expect(404);
    await call(before).expect(401);
  });

  describe('the staff member behind the token', () => {
    it('refuses a subject linked to no staff member with a clear 401', async () => {
      const response = await me(await idp.sign({ sub: `stranger-${randomUUID()}`, roles: ['admin'] })).expect(401);
      expect(response.body).toMatchObject({
        status: 401,
        type: expect.stringMatching(/unknown-staff-identity$/),
        detail: expect.stringMatching(/administrator/),
      });
    });

    it('takes the roles from the staff member, never from the token', async () => {
      const subject = `idp-${randomUUID()}`;
      const id = await addStaff({ roles: ['caseworker'], identitySubject: subject });
      const response = await me(await idp.sign({ sub: subject, roles: ['admin'] })).expect(200);
      expect(response.body).toMatchObject({ id, roles: ['caseworker'] });
      await api.http
        .get('/api/v1/staff')
        .set('Authorization', `Bearer ${await idp.sign({ sub: subject, roles: ['admin'] })}`)
        .expect(403);
    });

    it('links a member once by the configured claim (email), then by the subject alone', async () => {
      const email = `Mette.${randomUUID()}@kommune.example`;
      const id = await addStaff({ roles: ['case_manager'], email });
      const subject = `idp-${randomUUID()}`;
      await me(await idp.sign({ sub: subject, email: email.toLowerCase(), email_verified: true }))
        .expect(200)
        .expect(({ body }) => expect(body).toMatchObject({ id, identitySubject: subject }));
      await me(await idp.sign({ sub: subject })).expect(200);
      // The address is spent: another subject presenting it later is nobody.
      await me(await idp.sign({ sub: `idp-${randomUUID()}`, email })).expect(401);
    });

    it('does not link by an address the provider has not verified, nor one that two members share', async () => {
      const unverified = `u.${randomUUID()}@kommune.example`;
      await addStaff({ roles: ['caseworker'], email: unverified });
      await me(await idp.sign({ sub: `idp-${randomUUID()}`, email: unverified, email_verified: false })).expect(401);

      const shared = `shared.${randomUUID()}@kommune.example`;
      await addStaff({ roles: ['caseworker'], email: shared });
      await addStaff({ roles: ['team_lead'], email: shared });
      await me(await idp.sign({ sub: `idp-${randomUUID()}`, email: shared })).expect(401);
      const [{ linked }] = await api.db.query(
        `SELECT count(identity_subject)::int AS linked FROM staff WHERE email IN ($1, $2)`,
        [unverified, shared],
      );
      expect(linked).toBe(0);
    });

    it('an admin links a subject, and a deactivated member is refused at their next token', async () => {
      const admin = `Bearer ${await idp.sign({ sub: adminSubject })}`;
      const id = await addStaff({ roles: ['caseworker'] });
      const subject = `idp-${randomUUID()}`;
      await me(await idp.sign({ sub: subject })).expect(401);
      await api.http
        .patch(`/api/v1/staff/${id}`)
        .set('Authorization', admin)
        .send({ identitySubject: subject })
        .expect(200);
      await me(await idp.sign({ sub: subject, nonce: 'linked' })).expect(200);
      await api.http.patch(`/api/v1/staff/${id}`).set('Authorization', admin).send({ active: false }).expect(200);
      const refused = await me(await idp.sign({ sub: subject, nonce: 'deactivated' })).expect(401);
      expect(refused.body.detail).toMatch(/deactivated/);
    });
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
