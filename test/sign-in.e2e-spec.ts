import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

describe('signing in to the web application', () => {
  describe('with the development sign-in on', () => {
    let api: TestApp;
    let caseworker: StaffHandle;

    beforeAll(async () => {
      api = await startApp({ env: { DEVELOPMENT_SIGN_IN: 'true' } });
      caseworker = await new World(api).staff(['caseworker'], { name: 'Birthe Sørensen', municipality: 'Odense' });
    });
    afterAll(() => api?.close());

    it('says so, and names no identity provider', async () => {
      const { body } = await api.http.get('/api/v1/sign-in/options').expect(200);
      expect(body).toEqual({ developmentSignIn: true, oidc: null });
    });

    it('lists the staff to sign in as, and signs in as one with their directory roles', async () => {
      const listed = await api.http.get('/api/v1/sign-in/development/staff').expect(200);
      expect(listed.body).toContainEqual({
        id: caseworker.id,
        name: 'Birthe Sørensen',
        roles: ['caseworker'],
        teamId: null,
      });
      const { body } = await api.http.post('/api/v1/sign-in/development').send({ staffId: caseworker.id }).expect(201);
      expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now() + 7 * 3_600_000);
      const me = await api.http.get('/api/v1/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
      expect(me.body).toMatchObject({
        id: caseworker.id,
        name: 'Birthe Sørensen',
        roles: ['caseworker'],
        municipality: 'Odense',
      });
    });

    it('refuses an unknown staff member (404) and a malformed one (422)', async () => {
      await api.http
        .post('/api/v1/sign-in/development')
        .send({ staffId: '7d1c1f6e-0d64-4c3e-9a53-4f1f0c2b9e11' })
        .expect(404);
      const { body } = await api.http.post('/api/v1/sign-in/development').send({ staffId: 'me' }).expect(422);
      expect(body.errors).toEqual([{ field: 'staffId', messages: ['staffId must be a UUID'] }]);
    });
  });

  describe('with the development sign-in off, as in production', () => {
    let api: TestApp;
    let caseworker: StaffHandle;

    beforeAll(async () => {
      api = await startApp({ env: { OIDC_ISSUER: 'https://idp.example.dk', OIDC_CLIENT_ID: 'icm-web' } });
      caseworker = await new World(api).staff(['caseworker']);
    });
    afterAll(() => api?.close());

    it('names the identity provider, and the development routes do not exist', async () => {
      const { body } = await api.http.get('/api/v1/sign-in/options').expect(200);
      expect(body).toEqual({
        developmentSignIn: false,
        oidc: { authority: 'https://idp.example.dk', clientId: 'icm-web', scopes: 'openid profile email' },
      });
      await api.http.get('/api/v1/sign-in/development/staff').expect(404);
      await api.http.post('/api/v1/sign-in/development').send({ staffId: caseworker.id }).expect(404);
    });

    it("lets the web application's pages call the identity provider's origin, and no other", async () => {
      const { headers } = await api.http.get('/log-ind');
      expect(headers['content-security-policy']).toMatch(/connect-src 'self' https:\/\/idp\.example\.dk(;|$)/);
    });

    it('/me answers the signed-in member and needs a token', async () => {
      await api.http.get('/api/v1/me').expect(401);
      const me = await api.http.get('/api/v1/me').set('Authorization', caseworker.auth).expect(200);
      expect(me.body.id).toBe(caseworker.id);
    });
  });
});
