import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { randomInt, randomUUID } from 'node:crypto';
import { CITIZEN_ERASURE_QUEUE, NOTIFICATIONS_QUEUE } from '@src/queues/queues';
import {
  approvePlan,
  decideClosure,
  draftPlan,
  planBody,
  proposeClosure,
  recordAssessment,
} from './support/care-planning';
import { eventually } from './support/eventually';
import {
  appointmentEndingIn,
  FAST_LADDER_ENV,
  firedSteps,
  recordContact,
  scheduleAppointment,
} from './support/engagement';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { randomCpr } from './factories/cpr';
import { referralBody } from './factories/referral-body';
import type { CourseEventBody } from './factories/course-event';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const TEAM = 'data-subject';

/** A citizen walked through the course; every free text of theirs carries `tag`, to search the database for. */
interface Walked {
  tag: string;
  cpr: string;
  name: string;
  citizenId: string;
  courseId: string;
}

type Export = {
  citizen: Record<string, unknown>;
  courses: (Record<string, unknown> & { records: Record<string, Record<string, unknown>[]> })[];
  citizenRecords: Record<string, Record<string, unknown>[]>;
};

describe('data subject requests: the export of everything held about a citizen, and erasure once the retention has run out', () => {
  let api: TestApp;
  let worker: TestWorker;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;
  let teamLead: StaffHandle;
  let auditor: StaffHandle;
  let walked: Walked;
  let other: Walked;

  beforeAll(async () => {
    api = await startApp({ env: FAST_LADDER_ENV });
    worker = await startWorker({ env: FAST_LADDER_ENV });
    world = new World(api);
    ({ caseworker, committee, caseManager, teamLead } = await world.team(TEAM));
    auditor = await world.staff(['auditor']);
    // A woman (even last digit) born 2006: 18-24 at referral, which the report keeps counting after the birth date is gone.
    walked = await walk(`150606-4${randomInt(10, 100)}4`, { close: true });
    other = await walk(randomCpr(), { close: false });
  }, 60000);
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const exportOf = async (citizenId: string): Promise<Export> =>
    (await api.http.get(`/api/v1/citizens/${citizenId}/export`).set('Authorization', auditor.auth).expect(200)).body;
  const erase = (citizenId: string, staff = auditor) =>
    api.http.post(`/api/v1/citizens/${citizenId}/erasure`).set('Authorization', staff.auth).send();
  const send = (staff: StaffHandle, courseId: string, event: CourseEventBody) =>
    world.send(staff, courseId, event).expect(200);
  const post = (staff: StaffHandle, path: string, body: object, status = 201) =>
    api.http.post(`/api/v1${path}`).set('Authorization', staff.auth).send(body).expect(status);

  /** Refers, asks and answers, approves, plans, coordinates, escalates after a miss, reassesses and (if asked) closes. */
  async function walk(cpr: string, { close }: { close: boolean }): Promise<Walked> {
    const tag = `zq${randomInt(100000, 1000000)}`;
    const name = `Xenia ${tag}`;
    const courseId = await referredAndApproved(cpr, name, tag);
    await plannedAndCoordinated(courseId, tag);
    await outOfContactAndFound(courseId, tag);
    await send(caseManager, courseId, { type: 'REASSESSMENT_STARTED' });
    await recordAssessment(api, caseManager, courseId, {
      kind: 'reassessment',
      nextPhase: 'coordination',
      housingStatus: 'own_home',
      note: `Reassessment note ${tag}`,
    }).expect(201);
    if (close) {
      const proposal = (
        await proposeClosure(api, caseManager, courseId, 'no_longer_needed', `Justification ${tag}`).expect(201)
      ).body;
      await decideClosure(api, teamLead, proposal.id, { decision: 'approve', note: `Decision note ${tag}` }).expect(
        200,
      );
    }
    const [{ citizenId }] = await api.db.query(`SELECT citizen_id AS "citizenId" FROM courses WHERE id = $1`, [
      courseId,
    ]);
    await eventually(
      () => api.db.query(`SELECT 1 FROM notifications WHERE course_id = $1`, [courseId]),
      (rows) => rows.length > 0,
    );
    return { tag, cpr, name, citizenId, courseId };
  }

  async function referredAndApproved(cpr: string, name: string, tag: string): Promise<string> {
    const referral = referralBody({
      citizen: { cpr, name },
      whereabouts: `Sleeps behind the kiosk ${tag}`,
      reason: `Referral reason ${tag}`,
      otherPlans: [{ kind: 'job_plan', reference: `JC-${tag}` }],
    });
    const referred = await api.http
      .post('/api/v1/referrals')
      .set('Authorization', caseworker.auth)
      .set('Idempotency-Key', `referral-${tag}`)
      .send(referral)
      .expect(201);
    const { courseId } = referred.body;
    await send(committee, courseId, { type: 'INFO_REQUESTED', questions: [`Question ${tag}`] });
    await send(caseworker, courseId, { type: 'INFO_PROVIDED', answers: `Answer ${tag}` });
    await send(committee, courseId, {
      type: 'VISITATION_APPROVED',
      caseManagerId: caseManager.id,
      reason: `Approved because ${tag}`,
    });
    await send(caseManager, courseId, { type: 'NOTE_ADDED', text: `Case note ${tag}`, notifyStaffIds: [teamLead.id] });
    return courseId;
  }

  async function plannedAndCoordinated(courseId: string, tag: string): Promise<void> {
    await recordAssessment(api, caseManager, courseId, { kind: 'baseline', note: `Baseline note ${tag}` }).expect(201);
    await draftPlan(
      api,
      caseManager,
      courseId,
      planBody({
        citizenWishes: `Wishes ${tag}`,
        resources: [`Resource ${tag}`],
        goals: [{ area: 'housing', goal: `Goal ${tag}` }],
        services: [
          {
            kind: 'treatment',
            provider: `Provider ${tag}`,
            contact: { name: `Contact person ${tag}`, phone: '+45 12 34 56 78' },
          },
        ],
        linkedPlans: [{ kind: 'section_141_action_plan', reference: `HP-${tag}`, status: 'exists' }],
      }),
    );
    await approvePlan(api, caseManager, courseId).expect(200);
    const [service] = (
      await api.http.get(`/api/v1/courses/${courseId}/services`).set('Authorization', caseManager.auth).expect(200)
    ).body;
    await post(
      caseManager,
      `/courses/${courseId}/services/${service.id}/status`,
      { status: 'started', note: `Service note ${tag}` },
      200,
    );
  }

  async function outOfContactAndFound(courseId: string, tag: string): Promise<void> {
    await recordContact(api, caseManager, courseId, {
      successful: false,
      channel: 'outreach_visit',
      whereabouts: `Seen at the harbour ${tag}`,
      note: `Contact note ${tag}`,
    }).expect(201);
    const later = await scheduleAppointment(api, caseManager, courseId, {
      ...appointmentEndingIn(86_400_000),
      service: `Clinic ${tag}`,
      location: `Room ${tag}`,
    });
    await post(caseManager, `/appointments/${later.id}/cancellation`, { reason: `Cancelled because ${tag}` }, 200);
    // Nobody registers it: past the grace period the worker counts it missed, and the ladder starts.
    await scheduleAppointment(api, caseManager, courseId, {
      ...appointmentEndingIn(-60_000),
      service: `Clinic ${tag}`,
      location: `Room ${tag}`,
    });
    // Level 2 is the outreach visit, which passes the last known whereabouts on to the case manager.
    await eventually(
      () => firedSteps(api, courseId),
      (steps) => steps.some((step) => step.level === 2),
      20000,
    );
    await post(
      caseManager,
      `/courses/${courseId}/escalations/acknowledgements`,
      { level: 2, plannedAction: `Visit the harbour ${tag}` },
      200,
    );
    await recordContact(api, caseManager, courseId, { successful: true, note: `Found ${tag}` }).expect(201);
  }

  /** The tables, anywhere in the database, with a row whose text holds `needle`. */
  async function tablesHolding(needle: string): Promise<string[]> {
    const tables: { name: string }[] = await api.db.query(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const holding: string[] = [];
    for (const { name } of tables) {
      const [{ found }] = await api.db.query(`SELECT count(*)::int AS found FROM "${name}" t WHERE t::text ILIKE $1`, [
        `%${needle}%`,
      ]);
      if (found > 0) holding.push(name);
    }
    return holding;
  }

  /** The notify jobs BullMQ still keeps (done or failed) that mention `needle`. */
  async function queuedJobsHolding(needle: string): Promise<string[]> {
    const queue = api.app.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE), { strict: false });
    const jobs = await queue.getJobs(['completed', 'failed', 'delayed', 'waiting']);
    return jobs.filter((job) => JSON.stringify(job.data).includes(needle)).map((job) => job.id!);
  }

  const reports = async () => {
    const get = async (path: string) =>
      (await api.http.get(`/api/v1/reports/${path}`).set('Authorization', teamLead.auth).expect(200)).body;
    return {
      outcomes: await get('outcomes'),
      youth: await get('outcomes?ageGroup=18-24'),
      team: await get(`outcomes?teamId=${TEAM}`),
      fidelity: await get(`fidelity?teamId=${TEAM}`),
    };
  };

  it('the export holds the citizen with the full CPR number and a row of every kind, and none of another citizen', async () => {
    const document = await exportOf(walked.citizenId);
    expect(document.citizen).toMatchObject({
      id: walked.citizenId,
      name: walked.name,
      cpr: walked.cpr,
      birth_date: '2006-06-15',
      pseudonymised_at: null,
    });
    expect(document.courses.map((course) => course.id)).toEqual([walked.courseId]);
    const [course] = document.courses;
    expect(course).toMatchObject({ citizen_id: walked.citizenId, phase: 'closed' });
    const kinds = { ...course.records, ...document.citizenRecords };
    expect(
      Object.entries(kinds)
        .filter(([, rows]) => rows.length === 0)
        .map(([table]) => table),
    ).toEqual([]);
    expect(course.records.course_events.map((event) => event.type)).toEqual(
      expect.arrayContaining(['COURSE_OPENED', 'NOTE_ADDED', 'ESCALATION_STEP_DUE', 'COURSE_CLOSED']),
    );
    expect(course.records.referrals[0]).toMatchObject({
      whereabouts: `Sleeps behind the kiosk ${walked.tag}`,
      reason: `Referral reason ${walked.tag}`,
    });

    const text = JSON.stringify(document);
    expect(text).not.toContain(other.citizenId);
    expect(text).not.toContain(other.courseId);
    expect(text).not.toContain(other.tag);
  });

  it('the export leaves out no table that holds a course_id or a citizen_id, so that a new one cannot be forgotten', async () => {
    const tables: { name: string }[] = await api.db.query(
      `SELECT DISTINCT table_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name IN ('course_id', 'citizen_id') AND table_name <> 'courses'`,
    );
    const document = await exportOf(walked.citizenId);
    const exported = new Set([...Object.keys(document.courses[0].records), ...Object.keys(document.citizenRecords)]);
    expect(tables.length).toBeGreaterThan(10);
    expect(tables.map(({ name }) => name).filter((name) => !exported.has(name))).toEqual([]);
  });

  it('only the auditor may ask; a citizen no one knows is a 404, an id that is not one a 422', async () => {
    for (const staff of [caseManager, teamLead, caseworker]) {
      await api.http.get(`/api/v1/citizens/${walked.citizenId}/export`).set('Authorization', staff.auth).expect(403);
      await erase(walked.citizenId, staff).expect(403);
    }
    await api.http.get(`/api/v1/citizens/${randomUUID()}/export`).set('Authorization', auditor.auth).expect(404);
    await erase(randomUUID()).expect(404);
    const invalid = await api.http
      .get('/api/v1/citizens/not-a-uuid/export')
      .set('Authorization', auditor.auth)
      .expect(422);
    expect(invalid.body.errors).toEqual([{ field: 'citizenId', messages: ['must be a UUID'] }]);
  });

  it('erasure refuses a citizen with an open course, and one whose last course closed within the retention', async () => {
    const open = await erase(other.citizenId).expect(409);
    expect(open.body).toMatchObject({ type: expect.stringMatching(/course-open$/), courseId: other.courseId });
    const recent = await erase(walked.citizenId).expect(409);
    expect(recent.body).toMatchObject({ type: expect.stringMatching(/retention-running$/), retention: 'P5Y' });
    expect(recent.body.detail).toContain('CITIZEN_DATA_RETENTION');
    expect(await tablesHolding(walked.tag)).not.toEqual([]);
  });

  it('pseudonymises a citizen whose last course closed more than the retention ago: name, CPR and free text are gone, the reports unchanged', async () => {
    await api.db.query(`UPDATE courses SET closed_at = closed_at - interval '5 years 1 day' WHERE citizen_id = $1`, [
      walked.citizenId,
    ]);
    const before = await reports();
    const eventsBefore = (await exportOf(walked.citizenId)).courses[0].records.course_events.length;
    expect(await queuedJobsHolding(walked.tag)).not.toEqual([]);

    const erased = (await erase(walked.citizenId).expect(200)).body;
    expect(erased).toEqual({
      citizenId: walked.citizenId,
      pseudonym: expect.stringMatching(/^Citizen /),
      pseudonymisedAt: expect.any(String),
    });
    expect((await erase(walked.citizenId).expect(200)).body).toEqual(erased);

    expect(await tablesHolding(walked.tag)).toEqual([]);
    expect(await queuedJobsHolding(walked.tag)).toEqual([]);
    expect(await tablesHolding(other.tag)).not.toEqual([]);
    const [citizen] = await api.db.query(
      `SELECT cpr_hash, cpr_encrypted, name_encrypted, birth_date, legal_gender FROM citizens WHERE id = $1`,
      [walked.citizenId],
    );
    expect(citizen).toEqual({
      cpr_hash: null,
      cpr_encrypted: null,
      name_encrypted: null,
      birth_date: null,
      legal_gender: 'female',
    });
    expect(await reports()).toEqual(before);

    const document = await exportOf(walked.citizenId);
    expect(document.citizen).toMatchObject({
      name: erased.pseudonym,
      cpr: null,
      birth_date: null,
      pseudonymised_at: expect.any(String),
    });
    expect(document.courses[0].records.course_events).toHaveLength(eventsBefore);
    expect(JSON.stringify(document)).not.toContain(walked.tag);
    expect((await world.course(teamLead, walked.courseId)).citizen).toMatchObject({
      name: erased.pseudonym,
      cpr: null,
      age: null,
    });
    const decided = await api.http
      .get('/api/v1/referrals?status=decided&limit=200')
      .set('Authorization', committee.auth)
      .expect(200);
    expect(decided.body.map((referral: { courseId: string }) => referral.courseId)).not.toContain(walked.courseId);

    // The CPR number finds no one now: referred again, the citizen is registered anew.
    const again = await world.refer(caseworker, { citizen: { cpr: walked.cpr, name: walked.name } });
    const [{ citizenId }] = await api.db.query(`SELECT citizen_id AS "citizenId" FROM courses WHERE id = $1`, [
      again.courseId,
    ]);
    expect(citizenId).not.toBe(walked.citizenId);
  });

  it('the event log stays append-only outside pseudonymisation, and even in it only a payload may change', async () => {
    const rewrite = `UPDATE course_events SET payload = '{}' WHERE course_id = $1`;
    await expect(api.db.query(rewrite, [other.courseId])).rejects.toThrow(/append-only/);
    await expect(api.db.query(`DELETE FROM course_events WHERE course_id = $1`, [other.courseId])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      api.db.transaction(async (db) => {
        await db.query(`SELECT set_config('icm.pseudonymising', 'on', true)`);
        await db.query(`UPDATE course_events SET type = 'NOTE_ADDED' WHERE course_id = $1`, [other.courseId]);
      }),
    ).rejects.toThrow(/append-only/);
  });

  it("the worker's scheduled erasure pseudonymises every citizen whose retention has run out, and no one else", async () => {
    const courseId = await world.courseIn(
      { caseworker, committee },
      { phase: 'closed', rejection: { reason: 'Ordinary §85 support suffices', alternative: 'ordinary_section_85' } },
    );
    const [{ citizenId }] = await api.db
      .query(
        `UPDATE courses SET closed_at = closed_at - interval '6 years' WHERE id = $1 RETURNING citizen_id AS "citizenId"`,
        [courseId],
      )
      .then(([rows]) => rows);

    const often = await startWorker({ env: { ...FAST_LADDER_ENV, CITIZEN_ERASURE_EVERY: 'PT1S' } });
    try {
      const pseudonymised = (id: string) =>
        api.db.query(`SELECT pseudonymised_at FROM citizens WHERE id = $1`, [id]).then(([row]) => row.pseudonymised_at);
      expect(
        await eventually(
          () => pseudonymised(citizenId),
          (at) => at !== null,
          15000,
        ),
      ).not.toBeNull();
      expect(await pseudonymised(other.citizenId)).toBeNull();
    } finally {
      await often.context
        .get<Queue>(getQueueToken(CITIZEN_ERASURE_QUEUE), { strict: false })
        .removeJobScheduler('citizen-erasure');
      await often.close();
    }
  });
});
