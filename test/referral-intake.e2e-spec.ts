import { startApp, type TestApp } from './support/test-app';
import { referralBody } from './factories/referral-body';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

describe('referral intake', () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    caseworker = await world.staff(['caseworker']);
    committee = await world.staff(['committee_member']);
  });
  afterAll(() => api.close());

  const tableSizes = async () =>
    (
      await api.db.query(
        `SELECT (SELECT count(*) FROM citizens)::int AS citizens, (SELECT count(*) FROM courses)::int AS courses,
              (SELECT count(*) FROM referrals)::int AS referrals, (SELECT count(*) FROM course_events)::int AS events`,
      )
    )[0];

  it('a replayed Idempotency-Key returns the first answer and opens one course', async () => {
    const body = referralBody();
    const send = () =>
      api.http
        .post('/api/v1/referrals')
        .set('Authorization', caseworker.auth)
        .set('Idempotency-Key', `ref-${body.citizen.cpr}`)
        .send(body);
    const first = await send().expect(201);
    const before = await tableSizes();
    const replay = await send().expect(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(await tableSizes()).toEqual(before);

    const reused = await api.http
      .post('/api/v1/referrals')
      .set('Authorization', caseworker.auth)
      .set('Idempotency-Key', `ref-${body.citizen.cpr}`)
      .send(referralBody())
      .expect(422);
    expect(reused.body.errors).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
  });

  it('a second referral of a citizen with an open course is refused with 409 naming that course', async () => {
    const body = referralBody();
    const first = await api.http.post('/api/v1/referrals').set('Authorization', caseworker.auth).send(body).expect(201);
    const before = await tableSizes();
    const second = await api.http
      .post('/api/v1/referrals')
      .set('Authorization', caseworker.auth)
      .send({ ...body, citizen: { ...body.citizen, cpr: body.citizen.cpr.replace('-', '') } })
      .expect(409);
    expect(second.body).toMatchObject({ courseId: first.body.courseId });
    expect(await tableSizes()).toEqual(before);
  });

  it('the same citizen referred twice at the same moment gets exactly one course', async () => {
    const body = referralBody();
    const answers = await Promise.all(
      [0, 1, 2].map(() => api.http.post('/api/v1/referrals').set('Authorization', caseworker.auth).send(body)),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409]);
  });

  it.each([
    ['a CPR number with an impossible date', 'citizen.cpr', { citizen: { cpr: '310290-1234', name: 'A' } }],
    ['a CPR number in the wrong shape', 'citizen.cpr', { citizen: { cpr: '12345', name: 'A' } }],
    ['an unknown problem area', 'problemAreas', { problemAreas: ['gambling'] }],
    ['no problem areas', 'problemAreas', { problemAreas: [] }],
    ['an unknown housing situation', 'housingSituation', { housingSituation: 'tent' }],
    ['an unknown income type', 'incomeType', { incomeType: 'lottery' }],
    ['missing consent', 'consent', { consent: undefined }],
    ['consent refused', 'consent', { consent: false }],
    ['an unknown field', 'favouriteColour', { favouriteColour: 'blue' }],
    ['a missing citizen name', 'citizen.name', { citizen: { cpr: '010190-1234' } }],
  ])('%s is refused with 422 naming %s, and nothing is written', async (_, field, change) => {
    const before = await tableSizes();
    const response = await api.http
      .post('/api/v1/referrals')
      .set('Authorization', caseworker.auth)
      .send({ ...referralBody(), ...change })
      .expect(422);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(JSON.stringify(response.body)).not.toMatch(/\b\d{6}-?\d{4}\b/);
    expect(await tableSizes()).toEqual(before);
  });

  it('only caseworkers refer', async () => {
    await api.http.post('/api/v1/referrals').set('Authorization', committee.auth).send(referralBody()).expect(403);
  });

  it('the queue lists referrals oldest first with an eligibility summary the committee reads at a glance', async () => {
    const young = await world.refer(caseworker, {
      citizen: { cpr: `0101${String(new Date().getUTCFullYear() - 2000 - 20).padStart(2, '0')}-4321`, name: 'Young' },
      problemAreas: ['drugs', 'cannabis', 'mental_illness', 'economy', 'social_network'],
      housingSituation: 'street',
    });
    const housed = await world.refer(caseworker, { problemAreas: ['economy'], housingSituation: 'own_home' });

    const { body } = await api.http
      .get('/api/v1/referrals?status=awaiting_visitation&limit=200')
      .set('Authorization', committee.auth)
      .expect(200);
    const ids = body.map((entry: { courseId: string }) => entry.courseId);
    expect(ids.indexOf(young.courseId)).toBeLessThan(ids.indexOf(housed.courseId));
    const referredAt = body.map((entry: { referredAt: string }) => entry.referredAt);
    expect([...referredAt].sort()).toEqual(referredAt);

    const youngEntry = body.find((entry: { courseId: string }) => entry.courseId === young.courseId);
    expect(youngEntry).toMatchObject({
      state: 'referral.submitted',
      citizen: { cpr: expect.stringMatching(/^\d{6}-XXXX$/) },
      eligibility: {
        adult: true,
        youth: true,
        problemAreas: 5,
        meetsProblemAreaThreshold: true,
        housing: 'homeless',
        section85Basis: true,
        unmet: [],
      },
    });
    expect(body.find((entry: { courseId: string }) => entry.courseId === housed.courseId).eligibility).toMatchObject({
      meetsProblemAreaThreshold: false,
      homelessOrAtRisk: false,
      unmet: ['fewer than 4 problem areas', 'housed and not shown at risk'],
    });

    // One referral's page reads the same entry, for the committee and the referring caseworker alone.
    for (const reader of [committee, caseworker]) {
      const one = await api.http
        .get(`/api/v1/referrals/${young.courseId}`)
        .set('Authorization', reader.auth)
        .expect(200);
      expect(one.body).toEqual(youngEntry);
    }
    const otherCaseworker = await world.staff(['caseworker']);
    await api.http.get(`/api/v1/referrals/${young.courseId}`).set('Authorization', otherCaseworker.auth).expect(404);
  });

  it('moves a referral between the queue statuses as the committee asks and the caseworker answers', async () => {
    const { courseId } = await world.refer(caseworker);
    const inQueue = async (status: string) =>
      (
        await api.http
          .get(`/api/v1/referrals?status=${status}&limit=200`)
          .set('Authorization', caseworker.auth)
          .expect(200)
      ).body.some((entry: { courseId: string }) => entry.courseId === courseId);
    expect(await inQueue('awaiting_visitation')).toBe(true);
    await world.send(committee, courseId, { type: 'INFO_REQUESTED', questions: ['Current treatment?'] }).expect(200);
    expect([await inQueue('awaiting_visitation'), await inQueue('information_requested')]).toEqual([false, true]);
    await world.send(caseworker, courseId, { type: 'INFO_PROVIDED', answers: 'Methadone at the clinic' }).expect(200);
    expect([await inQueue('awaiting_visitation'), await inQueue('information_requested')]).toEqual([true, false]);
    await world
      .send(committee, courseId, { type: 'VISITATION_REJECTED', reason: 'Fits ACT better', alternative: 'ACT' })
      .expect(200);
    expect([await inQueue('awaiting_visitation'), await inQueue('decided')]).toEqual([false, true]);
  });

  it('a caseworker sees only their own referrals in the queue; an unknown status is a 422', async () => {
    const other = await world.staff(['caseworker']);
    const { courseId } = await world.refer(caseworker);
    const { body } = await api.http
      .get('/api/v1/referrals?status=awaiting_visitation&limit=200')
      .set('Authorization', other.auth)
      .expect(200);
    expect(body.map((entry: { courseId: string }) => entry.courseId)).not.toContain(courseId);
    await api.http.get('/api/v1/referrals?status=pending').set('Authorization', committee.auth).expect(422);
  });
});
