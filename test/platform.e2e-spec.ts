import { startApp, type TestApp } from './support/test-app';

describe('the platform around the API', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startApp();
  });
  afterAll(() => api.close());

  it('/health reports PostgreSQL and Redis up, without a token', async () => {
    const { body } = await api.http.get('/health').expect(200);
    expect(body).toMatchObject({ status: 'ok', details: { postgres: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves the OpenAPI document with the bearer scheme and the course routes', async () => {
    const { body } = await api.http.get('/api/docs-json').expect(200);
    expect(body.openapi).toMatch(/^3\./);
    expect(body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/referrals',
        '/api/v1/courses/{id}',
        '/api/v1/courses/{id}/events',
        '/api/v1/staff',
      ]),
    );
  });

  it('answers an unknown route with a problem document', async () => {
    const response = await api.http.get('/api/v1/nowhere').set('Authorization', 'Bearer x').expect(404);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });
});
