import type { VisitationDecisionDto } from '@src/visitation/dto/visitation-decision.dto';
import { closeCourse } from './support/care-planning';
import { eventually } from './support/eventually';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const decide = (api: TestApp, member: StaffHandle, courseId: string, decision: VisitationDecisionDto) =>
  api.http.post(`/api/v1/courses/${courseId}/visitation`).set('Authorization', member.auth).send(decision);

describe('visitation: the committee decides and a case manager is assigned', () => {
  let api: TestApp;
  let worker: TestWorker;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle[];
  let admin: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    worker = await startWorker();
    world = new World(api);
    caseworker = await world.staff(['caseworker']);
    committee = [await world.staff(['committee_member']), await world.staff(['committee_member'])];
    admin = await world.staff(['admin']);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const staffMember = async (id: string) =>
    (await api.http.get(`/api/v1/staff/${id}`).set('Authorization', admin.auth).expect(200)).body;

  it('referral -> request_info -> answer -> approve -> planning, with the caseload visible at once', async () => {
    const caseManager = await world.staff(['case_manager'], { teamId: 'v-flow' });
    const { courseId } = await world.refer(caseworker);
    expect(
      (
        await decide(api, committee[0], courseId, { decision: 'request_info', questions: ['Which shelter?'] }).expect(
          200,
        )
      ).body.state,
    ).toBe('referral.information_requested');
    await world.send(caseworker, courseId, { type: 'INFO_PROVIDED', answers: 'Sønder Allé' }).expect(200);
    const approved = await decide(api, committee[1], courseId, {
      decision: 'approve',
      caseManagerId: caseManager.id,
      reason: 'Target group',
    }).expect(200);
    expect(approved.body).toMatchObject({ phase: 'planning', state: 'planning' });
    expect(await world.course(caseManager, courseId)).toMatchObject({
      caseManagerId: caseManager.id,
      phase: 'planning',
    });
    expect(await staffMember(caseManager.id)).toMatchObject({ caseload: 1, maxCaseload: 8 });
  });

  it('with quorum 2, two different committee members must approve; every vote is in the event log', async () => {
    const strictApi = await startApp({ env: { VISITATION_QUORUM: '2' } });
    try {
      const strictWorld = new World(strictApi);
      const caseManager = await strictWorld.staff(['case_manager']);
      const { courseId } = await strictWorld.refer(caseworker);
      const first = await decide(strictApi, committee[0], courseId, {
        decision: 'approve',
        caseManagerId: caseManager.id,
      }).expect(200);
      expect(first.body.state).toBe('visitation.deliberating');
      const again = await decide(strictApi, committee[0], courseId, {
        decision: 'approve',
        caseManagerId: caseManager.id,
      }).expect(409);
      expect(again.body.type).toMatch(/rule-refused$/);
      await decide(strictApi, committee[1], courseId, { decision: 'approve', caseManagerId: caseManager.id }).expect(
        200,
      );

      const log = await strictWorld.events(caseworker, courseId);
      const votes = log.filter((entry) => entry.type === 'VISITATION_APPROVED');
      expect(votes.map((vote) => [vote.actorId, vote.resultingState])).toEqual([
        [committee[0].id, 'visitation.deliberating'],
        [committee[1].id, 'planning'],
      ]);
    } finally {
      await strictApi.close();
    }
  });

  it('rejection closes the course with rejected_at_visitation and the suggested alternative on record', async () => {
    const { courseId } = await world.refer(caseworker);
    await decide(api, committee[0], courseId, {
      decision: 'reject',
      reason: 'One problem area',
      alternative: 'ordinary_section_85',
    }).expect(200);
    expect(await world.course(caseworker, courseId)).toMatchObject({
      phase: 'closed',
      closureReason: 'rejected_at_visitation',
    });
    const log = await world.events(caseworker, courseId);
    expect(log.at(-1)).toMatchObject({
      type: 'VISITATION_REJECTED',
      payload: { alternative: 'ordinary_section_85', reason: 'One problem area' },
    });
    // The citizen may be referred again once the course is closed.
    expect((await world.refer(caseworker)).state).toBe('referral.submitted');
  });

  it.each([
    ['a rejection without an alternative', 'alternative', { decision: 'reject', reason: 'No' }],
    ['a rejection without a reason', 'reason', { decision: 'reject', alternative: 'ACT' }],
    ['an information request without questions', 'questions', { decision: 'request_info' }],
    [
      'questions on an approval',
      'questions',
      { decision: 'approve', caseManagerId: '2f1f6a8e-2b1a-4c1e-9d3a-0c5a2e7b9f10', questions: ['?'] },
    ],
    ['an unknown decision', 'decision', { decision: 'maybe' }],
    ['a malformed case manager id', 'caseManagerId', { decision: 'approve', caseManagerId: 'dorte' }],
    [
      'an unknown waitlist priority',
      'waitlist.priority',
      { decision: 'approve', waitlist: { teamId: 't', priority: 'asap' } },
    ],
  ])('%s is a 422 naming %s', async (_, field, decision) => {
    const { courseId } = await world.refer(caseworker);
    const before = await world.footprint(courseId);
    // Deliberately not a decision: what the route must refuse.
    const response = await decide(api, committee[0], courseId, decision as VisitationDecisionDto).expect(422);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await world.footprint(courseId)).toEqual(before);
  });

  it('a full caseload is a 409, unless a team lead overrides it with a written reason', async () => {
    const caseManager = await world.staff(['case_manager'], { teamId: 'v-full', maxCaseload: 1 });
    const teamLead = await world.staff(['team_lead'], { teamId: 'v-full' });
    await decide(api, committee[0], (await world.refer(caseworker)).courseId, {
      decision: 'approve',
      caseManagerId: caseManager.id,
    }).expect(200);

    const { courseId } = await world.refer(caseworker);
    const full = await decide(api, committee[0], courseId, {
      decision: 'approve',
      caseManagerId: caseManager.id,
    }).expect(409);
    expect(full.body).toMatchObject({ caseManagerId: caseManager.id, caseload: 1, maxCaseload: 1 });
    const byCommittee = await decide(api, committee[0], courseId, {
      decision: 'approve',
      caseManagerId: caseManager.id,
      caseloadOverrideReason: 'Please',
    });
    expect(byCommittee.status).toBe(403);

    await decide(api, committee[0], courseId, {
      decision: 'approve',
      waitlist: { teamId: 'v-full', priority: 'high' },
    }).expect(200);
    const reason = 'Known to the case manager from an earlier course';
    await world
      .send(teamLead, courseId, {
        type: 'CASE_MANAGER_ASSIGNED',
        caseManagerId: caseManager.id,
        caseloadOverrideReason: reason,
      })
      .expect(200);
    expect(await staffMember(caseManager.id)).toMatchObject({ caseload: 2, maxCaseload: 1 });
    expect((await world.events(teamLead, courseId)).at(-1)).toMatchObject({
      type: 'CASE_MANAGER_ASSIGNED',
      payload: { caseloadOverrideReason: reason },
    });
  });

  it('two committee members approving the same referral at the same moment assign one case manager once', async () => {
    const caseManager = await world.staff(['case_manager']);
    const { courseId } = await world.refer(caseworker);
    const answers = await Promise.all(
      committee.map((member) => decide(api, member, courseId, { decision: 'approve', caseManagerId: caseManager.id })),
    );
    // The loser is refused: 409, or 404 once the course has left visitation and the committee's view.
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1);
    expect(
      answers.filter((answer) => answer.status !== 200).map((answer) => [404, 409].includes(answer.status)),
    ).toEqual([true]);
    expect(
      (await world.events(caseworker, courseId)).filter((entry) => entry.type === 'VISITATION_APPROVED'),
    ).toHaveLength(1);
    expect(await staffMember(caseManager.id)).toMatchObject({ caseload: 1 });
  });

  it('lists available case managers of a team by free capacity', async () => {
    const roomy = await world.staff(['case_manager'], { teamId: 'v-avail', maxCaseload: 8 });
    const busy = await world.staff(['case_manager'], { teamId: 'v-avail', maxCaseload: 2 });
    const full = await world.staff(['case_manager'], { teamId: 'v-avail', maxCaseload: 0 });
    await decide(api, committee[0], (await world.refer(caseworker)).courseId, {
      decision: 'approve',
      caseManagerId: busy.id,
    }).expect(200);
    const { body } = await api.http
      .get('/api/v1/staff/case-managers/available?teamId=v-avail')
      .set('Authorization', committee[0].auth)
      .expect(200);
    expect(body.map((member: { id: string; freeSlots: number }) => [member.id, member.freeSlots])).toEqual([
      [roomy.id, 8],
      [busy.id, 1],
    ]);
    expect(body.map((member: { id: string }) => member.id)).not.toContain(full.id);
  });

  it("shows a team lead their own team's caseloads, full case managers included, and refuses another team's", async () => {
    const team = 'v-caseloads';
    const busy = await world.staff(['case_manager'], { teamId: team, maxCaseload: 2 });
    const full = await world.staff(['case_manager'], { teamId: team, maxCaseload: 0 });
    await world.staff(['case_manager'], { teamId: 'v-caseloads-other' });
    const teamLead = await world.staff(['team_lead'], { teamId: team });
    const otherLead = await world.staff(['team_lead'], { teamId: 'v-caseloads-other' });
    await decide(api, committee[0], (await world.refer(caseworker)).courseId, {
      decision: 'approve',
      caseManagerId: busy.id,
    }).expect(200);

    const { body } = await api.http
      .get(`/api/v1/teams/${team}/caseloads`)
      .set('Authorization', teamLead.auth)
      .expect(200);
    const byId = new Map(body.map((member: { id: string }) => [member.id, member]));
    expect(body).toHaveLength(2);
    expect(byId.get(busy.id)).toMatchObject({ caseload: 1, maxCaseload: 2, freeSlots: 1, teamId: team });
    expect(byId.get(full.id)).toMatchObject({ caseload: 0, maxCaseload: 0, freeSlots: 0 });

    const refused = await api.http
      .get(`/api/v1/teams/${team}/caseloads`)
      .set('Authorization', otherLead.auth)
      .expect(403);
    expect(refused.body).toMatchObject({ status: 403, detail: expect.stringContaining(team) });
    await api.http.get(`/api/v1/teams/${team}/caseloads`).set('Authorization', committee[0].auth).expect(403);
  });

  it('a freed slot offers the team lead the first citizen on the waitlist: priority first, then first in, first out', async () => {
    const team = 'v-waitlist';
    const caseManager = await world.staff(['case_manager'], { teamId: team, maxCaseload: 1 });
    const teamLead = await world.staff(['team_lead'], { teamId: team });
    const occupied = await world.refer(caseworker);
    await decide(api, committee[0], occupied.courseId, { decision: 'approve', caseManagerId: caseManager.id }).expect(
      200,
    );

    const waiting: string[] = [];
    for (const priority of ['normal', 'urgent', 'normal', 'urgent'] as const) {
      const { courseId } = await world.refer(caseworker);
      await decide(api, committee[0], courseId, { decision: 'approve', waitlist: { teamId: team, priority } }).expect(
        200,
      );
      waiting.push(courseId);
    }
    const [normal1, urgent1, normal2, urgent2] = waiting;
    const list = (await api.http.get(`/api/v1/waitlist?teamId=${team}`).set('Authorization', teamLead.auth).expect(200))
      .body;
    expect(list.map((entry: { courseId: string }) => entry.courseId)).toEqual([urgent1, urgent2, normal1, normal2]);
    expect(list[0]).toMatchObject({
      courseId: urgent1,
      priority: 'urgent',
      daysWaited: 0,
      version: (await world.course(teamLead, urgent1)).version,
      citizen: { cpr: expect.stringMatching(/-XXXX$/) },
    });

    const offers = async () =>
      (
        (await api.http.get('/api/v1/me/notifications').set('Authorization', teamLead.auth).expect(200)).body.items as {
          kind: string;
          courseId: string;
        }[]
      ).filter((item) => item.kind === 'waitlist_offer');

    // A course closes: the slot is offered with the first urgent citizen.
    await closeCourse(api, caseManager, teamLead, occupied.courseId, 'moved_away');
    expect((await eventually(offers, (items) => items.length === 1)).map((item) => item.courseId)).toEqual([urgent1]);
    // The team lead assigns from the waitlist with the version it showed; closing the other course did not change it.
    await world
      .send(teamLead, urgent1, { type: 'CASE_MANAGER_ASSIGNED', caseManagerId: caseManager.id }, `"${list[0].version}"`)
      .expect(200);

    // A raised limit frees another slot: the next urgent citizen is offered.
    await api.http
      .patch(`/api/v1/staff/${caseManager.id}/caseload-limit`)
      .set('Authorization', admin.auth)
      .send({ maxCaseload: 2 })
      .expect(200);
    expect((await eventually(offers, (items) => items.length === 2)).map((item) => item.courseId)).toEqual([
      urgent2,
      urgent1,
    ]);
  });
});
