import { randomUUID } from 'node:crypto';
import { bearer, startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** The admin's staff directory: e-mail, the link to the identity provider, deactivation. */
describe('the staff directory (admin)', () => {
  let api: TestApp;
  let world: World;
  let admin: string;
  const teamId = `directory-${randomUUID()}`;

  beforeAll(async () => {
    api = await startApp({ env: { DEVELOPMENT_SIGN_IN: 'true' } });
    world = new World(api);
    admin = await bearer(randomUUID(), 'admin');
  });
  afterAll(() => api.close());

  const patch = (id: string, body: object, auth = admin) =>
    api.http.patch(`/api/v1/staff/${id}`).set('Authorization', auth).send(body);

  it('lists every member by name, paged, with their e-mail, link and whether active', async () => {
    const member = await world.staff(['caseworker'], { name: 'Aaron Directory' });
    await patch(member.id, { email: 'aaron@kommune.example', identitySubject: 'sub-aaron' }).expect(200);
    const { body } = await api.http.get('/api/v1/staff?limit=200').set('Authorization', admin).expect(200);
    expect(body.find((row: { id: string }) => row.id === member.id)).toMatchObject({
      name: 'Aaron Directory',
      email: 'aaron@kommune.example',
      identitySubject: 'sub-aaron',
      active: true,
    });
    const names = body.map((row: { name: string }) => row.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await api.http.get('/api/v1/staff').set('Authorization', member.auth).expect(403);
  });

  it('changes only the fields sent; null clears the e-mail and unlinks', async () => {
    const member = await world.staff(['caseworker']);
    await patch(member.id, { email: 'x@kommune.example', identitySubject: `sub-${randomUUID()}` }).expect(200);
    const { body } = await patch(member.id, { identitySubject: null }).expect(200);
    expect(body).toMatchObject({ email: 'x@kommune.example', identitySubject: null, active: true });
    expect((await patch(member.id, { email: null }).expect(200)).body.email).toBeNull();
  });

  it('refuses a bad address and a subject linked to someone else, changing nothing', async () => {
    const [first, second] = [await world.staff(['caseworker']), await world.staff(['caseworker'])];
    const subject = `sub-${randomUUID()}`;
    await patch(first.id, { identitySubject: subject }).expect(200);
    const invalid = await patch(second.id, { email: 'not an address', active: false }).expect(422);
    expect(invalid.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
    const taken = await patch(second.id, { identitySubject: subject, active: false }).expect(409);
    expect(taken.body.type).toMatch(/identity-subject-taken$/);
    const [row] = await api.db.query(`SELECT identity_subject, deactivated_at FROM staff WHERE id = $1`, [second.id]);
    expect(row).toEqual({ identity_subject: null, deactivated_at: null });
    await patch(randomUUID(), { active: false }).expect(404);
  });

  describe('deactivation', () => {
    let team: { caseworker: StaffHandle; committee: StaffHandle; caseManager: StaffHandle; teamLead: StaffHandle };

    beforeAll(async () => {
      team = await world.team(teamId);
    });

    it('is refused while the case manager holds open courses: their citizens would be nobody’s', async () => {
      await world.courseIn(team, { phase: 'planning' });
      const response = await patch(team.caseManager.id, { active: false }).expect(409);
      expect(response.body).toMatchObject({ caseload: 1, type: expect.stringMatching(/staff-has-open-courses$/) });
    });

    it('takes a member out of the picker and the development sign-in, and is undone by reactivation', async () => {
      const spare = await world.staff(['case_manager'], { teamId });
      const available = async () =>
        (
          await api.http
            .get(`/api/v1/staff/case-managers/available?teamId=${teamId}`)
            .set('Authorization', team.committee.auth)
            .expect(200)
        ).body.map((row: { id: string }) => row.id);
      const signInList = async () =>
        (await api.http.get('/api/v1/sign-in/development/staff').expect(200)).body.map((row: { id: string }) => row.id);

      expect((await patch(spare.id, { active: false }).expect(200)).body.active).toBe(false);
      expect(await available()).not.toContain(spare.id);
      expect(await signInList()).not.toContain(spare.id);
      await api.http.post('/api/v1/sign-in/development').send({ staffId: spare.id }).expect(404);
      const { courseId } = await world.refer(team.caseworker);
      const refused = await world.send(team.committee, courseId, {
        type: 'VISITATION_APPROVED',
        caseManagerId: spare.id,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'caseManagerId' })]);
      expect((await world.course(team.committee, courseId)).caseManagerId ?? null).toBeNull();

      expect((await patch(spare.id, { active: true }).expect(200)).body.active).toBe(true);
      expect(await available()).toContain(spare.id);
      expect(await signInList()).toContain(spare.id);
    });
  });
});
