import { eventually } from './support/eventually';
import {
  appointmentEndingIn,
  FAST_LADDER_ENV,
  inbox,
  registerAttendance,
  scheduleAppointment,
} from './support/engagement';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { World } from './factories/world';

/** Level 1 a few seconds after the miss, so that the worker has taken the step's job before it is due. */
const LADDER_ENV = { ...FAST_LADDER_ENV, ESCALATION_LEVEL_DELAYS: 'PT3S,PT2H,PT3H' };

/**
 * An escalation step's notice leaves the worker as soon as the step has fired: the course event's
 * commit wakes the worker's outbox relay (src/outbox/outbox-signal.ts) rather than the notice
 * waiting for the relay's next poll, here a minute away.
 */
describe("an escalation step's notice", () => {
  let api: TestApp;
  let worker: TestWorker | undefined;

  beforeAll(async () => {
    api = await startApp({ env: LADDER_ENV });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('reaches the case manager within seconds of the step, though the relay polls once a minute', async () => {
    const world = new World(api);
    const { caseworker, committee, caseManager } = await world.team('outreach-notice');
    const courseId = await world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });
    const appointment = await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(60_000));
    await registerAttendance(api, caseManager, appointment.id, 'missed').expect(200);

    // Its first pass publishes the step's delayed job; its next poll is a minute away.
    worker = await startWorker({ env: { ...LADDER_ENV, OUTBOX_POLL_MS: '60000' } });
    const [step] = await eventually(
      () => api.db.query(`SELECT fired_at FROM escalation_steps WHERE course_id = $1`, [courseId]),
      (rows) => rows.length === 1,
      15_000,
    );
    expect(step).toBeDefined();
    const items = await eventually(
      () => inbox(api, caseManager),
      (box) => box.some((item) => item.courseId === courseId && item.kind === 'outreach_escalation'),
      5_000,
    );
    expect(items.filter((item) => item.courseId === courseId && item.kind === 'outreach_escalation')).toHaveLength(1);
  });
});
