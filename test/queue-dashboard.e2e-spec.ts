import { randomUUID } from 'node:crypto';
import { ALL_QUEUES } from '@src/queues/queues';
import { bearer, startApp, type TestApp } from './support/test-app';

describe('the queue dashboard at /admin/queues', () => {
  let api: TestApp;
  let admin: string;
  beforeAll(async () => {
    api = await startApp();
    admin = await bearer(randomUUID(), 'admin');
  });
  afterAll(() => api.close());

  it('refuses anyone without a token with a 401 problem', async () => {
    const response = await api.http.get('/admin/queues').expect(401);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 401, type: expect.stringMatching(/unauthenticated$/) });
  });

  it('refuses staff who are not admins with a 403 problem, the page and its data alike', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues']) {
      const response = await api.http
        .get(path)
        .set('Authorization', await bearer(randomUUID(), 'team_lead', 'case_manager'))
        .expect(403);
      expect(response.body).toMatchObject({ status: 403, type: expect.stringMatching(/forbidden$/) });
    }
  });

  it('shows an admin every queue', async () => {
    const page = await api.http.get('/admin/queues').set('Authorization', admin).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    const { body } = await api.http.get('/admin/queues/api/queues').set('Authorization', admin).expect(200);
    expect(body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual([...ALL_QUEUES].sort());
  });

  it('opens in an admin’s browser through a short-lived cookie that only an admin can get', async () => {
    await api.http
      .post('/api/v1/admin/dashboard-session')
      .set('Authorization', await bearer(randomUUID(), 'caseworker'))
      .expect(403);
    const session = await api.http.post('/api/v1/admin/dashboard-session').set('Authorization', admin).expect(204);
    const cookie = String(session.headers['set-cookie']).split(';')[0];
    expect(session.headers['set-cookie'][0]).toMatch(
      /Path=\/admin\/queues; Max-Age=900; HttpOnly; Secure; SameSite=Strict/,
    );
    await api.http.get('/admin/queues').set('Cookie', cookie).expect(200);
  });
});
