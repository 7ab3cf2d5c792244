import { decideClosure, draftPlan, planBody, proposeClosure, recordAssessment } from './support/care-planning';
import { appointmentEndingIn, recordContact } from './support/engagement';
import { startApp, type TestApp } from './support/test-app';
import { randomCpr } from './factories/cpr';
import { referralBody } from './factories/referral-body';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

describe("closure: a reason and the team lead's approval", () => {
  let api: TestApp;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;
  let teamLead: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    world = new World(api);
    ({ caseworker, committee, caseManager, teamLead } = await world.team('closure'));
  });
  afterAll(() => api.close());

  const courseInCoordination = (cpr = randomCpr()) =>
    world.courseIn(
      { caseworker, committee, caseManager },
      { phase: 'coordination', referral: { citizen: { cpr, name: 'Closure Citizen' } } },
    );

  const notices = (courseId: string): Promise<{ payload: { kind: string; recipients: unknown[] } }[]> =>
    api.db.query(
      `SELECT payload FROM outbox WHERE course_id = $1 AND kind = 'notify' AND payload->>'kind' = 'case_note' ORDER BY id`,
      [courseId],
    );

  it('a case manager cannot close a course; the proposal reaches the team lead, who rejects it with a note back', async () => {
    const courseId = await courseInCoordination();
    const direct = await world
      .send(caseManager, courseId, { type: 'COURSE_CLOSED', reason: 'no_longer_needed' })
      .expect(422);
    expect(direct.body.errors).toEqual([
      { field: 'type', messages: ['COURSE_CLOSED is sent through POST /closure-proposals/:id/decision'] },
    ]);

    const proposal = (
      await proposeClosure(
        api,
        caseManager,
        courseId,
        'no_longer_needed',
        'Own flat for a year, ordinary support suffices',
      ).expect(201)
    ).body;
    expect(proposal).toMatchObject({
      reason: 'no_longer_needed',
      proposedBy: caseManager.id,
      decision: null,
      phase: 'coordination',
    });
    expect((await notices(courseId)).map((notice) => notice.payload.recipients)).toEqual([
      [{ role: 'staff', staffId: teamLead.id }],
    ]);
    expect((await proposeClosure(api, caseManager, courseId, 'moved_away').expect(409)).body).toMatchObject({
      proposalId: proposal.id,
    });

    await decideClosure(api, caseManager, proposal.id, { decision: 'approve' }).expect(403);
    const otherLead = await world.staff(['team_lead'], { teamId: 'elsewhere' });
    await decideClosure(api, otherLead, proposal.id, { decision: 'approve' }).expect(404);
    expect((await decideClosure(api, teamLead, proposal.id, { decision: 'reject' }).expect(422)).body.errors).toEqual([
      expect.objectContaining({ field: 'note' }),
    ]);

    const rejected = await decideClosure(api, teamLead, proposal.id, {
      decision: 'reject',
      note: 'Keep going until the new GP is in place',
    }).expect(200);
    expect(rejected.body).toMatchObject({
      decision: 'rejected',
      decidedBy: teamLead.id,
      decisionNote: 'Keep going until the new GP is in place',
      phase: 'coordination',
    });
    expect((await notices(courseId)).map((notice) => notice.payload.recipients).at(-1)).toEqual([
      { role: 'staff', staffId: caseManager.id },
    ]);
    await decideClosure(api, teamLead, proposal.id, { decision: 'approve' }).expect(409);
  });

  it("the team lead's approval closes the course with the proposed reason", async () => {
    const courseId = await courseInCoordination();
    const proposal = (await proposeClosure(api, caseManager, courseId, 'moved_away', 'Moved to Odense').expect(201))
      .body;
    const approved = await decideClosure(api, teamLead, proposal.id, { decision: 'approve' }).expect(200);
    expect(approved.body).toMatchObject({
      decision: 'approved',
      decidedBy: teamLead.id,
      phase: 'closed',
      state: 'closed',
    });
    expect(await world.course(teamLead, courseId)).toMatchObject({
      phase: 'closed',
      closureReason: 'moved_away',
      closedAt: expect.any(String),
    });
    expect((await world.events(teamLead, courseId)).at(-1)).toMatchObject({
      type: 'COURSE_CLOSED',
      actorId: teamLead.id,
      payload: { reason: 'moved_away' },
    });
  });

  it("lists the team's proposals awaiting a decision, oldest first and named, each citizen listed logged; a decided one leaves", async () => {
    const team = await world.team('closure-list');
    const first = await world.courseIn(team, {
      phase: 'planning',
      referral: { citizen: { cpr: randomCpr(), name: 'Første Borger' } },
    });
    const second = await world.courseIn(team, {
      phase: 'planning',
      referral: { citizen: { cpr: randomCpr(), name: 'Anden Borger' } },
    });
    // A waitlisted course is the team's too: its lead may propose, and decides.
    const waiting = await world.courseIn(team, {
      phase: 'visitation',
      waitlist: { teamId: 'closure-list', priority: 'normal' },
    });
    const elsewhere = await world.team('closure-list-elsewhere');
    const foreign = await world.courseIn(elsewhere, { phase: 'planning' });
    const older = (await proposeClosure(api, team.caseManager, first, 'moved_away', 'Moved to Odense').expect(201))
      .body;
    const newer = (await proposeClosure(api, team.caseManager, second, 'declined').expect(201)).body;
    const ofWaitlist = (await proposeClosure(api, team.teamLead, waiting, 'no_longer_needed').expect(201)).body;
    await proposeClosure(api, elsewhere.caseManager, foreign, 'deceased').expect(201);

    const pending = async (lead: StaffHandle, query = '') =>
      (await api.http.get(`/api/v1/closure-proposals${query}`).set('Authorization', lead.auth).expect(200)).body;
    const logged = async (): Promise<{ citizenId: string; courseId: string }[]> =>
      api.db.query(
        `SELECT citizen_id AS "citizenId", course_id AS "courseId" FROM access_log
         WHERE staff_id = $1 AND route = 'GET /api/v1/closure-proposals' ORDER BY id`,
        [team.teamLead.id],
      );
    const list = await pending(team.teamLead);
    expect(list.map((entry: { id: string }) => entry.id)).toEqual([older.id, newer.id, ofWaitlist.id]);
    expect(list[0]).toEqual({
      id: older.id,
      courseId: first,
      citizenId: expect.any(String),
      citizen: expect.objectContaining({ name: 'Første Borger', cpr: expect.stringMatching(/^\d{6}-XXXX$/) }),
      reason: 'moved_away',
      justification: 'Moved to Odense',
      proposedBy: team.caseManager.id,
      proposerName: 'Staff case_manager',
      proposedAt: expect.any(String),
    });
    expect(list[0].citizen.id).toBe(list[0].citizenId);
    expect(await logged()).toEqual(
      expect.arrayContaining(
        list.map(({ citizenId, courseId }: { citizenId: string; courseId: string }) => ({ citizenId, courseId })),
      ),
    );
    expect(await logged()).toHaveLength(3);

    expect((await pending(team.teamLead, '?limit=1&offset=1')).map((entry: { id: string }) => entry.id)).toEqual([
      newer.id,
    ]);
    expect((await pending(elsewhere.teamLead)).map((entry: { courseId: string }) => entry.courseId)).toEqual([foreign]);

    await decideClosure(api, team.teamLead, older.id, { decision: 'approve' }).expect(200);
    await decideClosure(api, team.teamLead, newer.id, { decision: 'reject', note: 'Try once more' }).expect(200);
    expect((await pending(team.teamLead)).map((entry: { id: string }) => entry.id)).toEqual([ofWaitlist.id]);

    await api.http.get('/api/v1/closure-proposals').set('Authorization', team.caseManager.auth).expect(403);
    await api.http.get('/api/v1/closure-proposals?limit=0').set('Authorization', team.teamLead.auth).expect(422);
  });

  it('a closed course is read-only, and its citizen can be referred again', async () => {
    const cpr = randomCpr();
    const courseId = await courseInCoordination(cpr);
    const [service] = (
      await api.http.get(`/api/v1/courses/${courseId}/services`).set('Authorization', caseManager.auth).expect(200)
    ).body;
    const proposal = (await proposeClosure(api, caseManager, courseId, 'declined').expect(201)).body;
    await decideClosure(api, teamLead, proposal.id, { decision: 'approve' }).expect(200);
    const closed = await world.footprint(courseId);

    const writes = [
      api.http.post(`/api/v1/courses/${courseId}/plan`).set('Authorization', caseManager.auth).send(planBody()),
      api.http.post(`/api/v1/courses/${courseId}/plan/approval`).set('Authorization', teamLead.auth).send(),
      recordAssessment(api, teamLead, courseId, { kind: 'baseline' }),
      recordAssessment(api, teamLead, courseId, { kind: 'reassessment', nextPhase: 'coordination' }),
      api.http
        .post(`/api/v1/courses/${courseId}/services/${service.id}/status`)
        .set('Authorization', teamLead.auth)
        .send({ status: 'started' }),
      proposeClosure(api, teamLead, courseId, 'deceased'),
      api.http
        .post(`/api/v1/courses/${courseId}/appointments`)
        .set('Authorization', teamLead.auth)
        .send(appointmentEndingIn(3_600_000)),
      recordContact(api, teamLead, courseId, { successful: true }),
      world.send(teamLead, courseId, { type: 'NOTE_ADDED', text: 'after closure' }),
    ];
    for (const write of writes) expect((await write).status).toBe(409);
    expect(await world.footprint(courseId)).toEqual(closed);

    // Reading stays possible.
    await api.http.get(`/api/v1/courses/${courseId}/plan`).set('Authorization', teamLead.auth).expect(200);
    await api.http.get(`/api/v1/courses/${courseId}/assessments`).set('Authorization', teamLead.auth).expect(200);

    const again = await api.http
      .post('/api/v1/referrals')
      .set('Authorization', caseworker.auth)
      .send(referralBody({ citizen: { cpr, name: 'Closure Citizen' } }))
      .expect(201);
    expect(again.body.courseId).not.toBe(courseId);
    await world
      .send(committee, again.body.courseId, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.id })
      .expect(200);
    expect((await draftPlan(api, caseManager, again.body.courseId)).version).toBe(1);
  });
});
