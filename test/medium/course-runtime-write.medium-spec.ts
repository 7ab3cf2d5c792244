import type { Caller } from '@src/auth/roles';
import { CourseRuntime } from '@src/courses/course-runtime';
import { COURSE_VERSION_CONFLICT, CoursesRepository } from '@src/courses/courses.repository';
import { commitWithNextStatement } from '@src/database/transaction-pipeline';
import { EscalationsRepository } from '@src/escalations/escalations.repository';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { type EventTable, REJECTION, rejectWrites } from '@test/medium/support/rejected-writes';
import { Seed } from '@test/medium/support/seed';
import { DatabaseFingerprint } from '@test/support/database-fingerprint';

/**
 * The one writer of course state (DESIGN.md, "the one rule of state"): an event's snapshot, log
 * row, outbox rows, timers and ladder rows are one transaction, and a failure at any of them
 * leaves the database as it was.
 */
describe('the course runtime writes an event in one transaction', () => {
  let ctx: MediumContext;
  let seed: Seed;
  let fingerprint: DatabaseFingerprint;
  let people: { caseworker: Caller; committee: Caller; caseManager: Caller };

  beforeAll(async () => {
    ctx = await mediumContext();
    seed = new Seed(ctx);
    fingerprint = await DatabaseFingerprint.connect();
    people = {
      caseworker: await seed.staff(['caseworker']),
      committee: await seed.staff(['committee_member']),
      caseManager: await seed.staff(['case_manager'], { maxCaseload: 50 }),
    };
  });

  afterAll(async () => {
    await fingerprint.close();
    await ctx.close();
  });

  /** A course in planning with an appointment that has begun; nothing missed yet. */
  async function courseWithAppointment(): Promise<{ courseId: string; appointmentId: string }> {
    const courseId = await seed.assignedCourse(people);
    return { courseId, appointmentId: await seed.appointment(people.caseManager, courseId) };
  }

  /** A course whose citizen missed an appointment: its ladder's first step is pending. */
  async function courseOutOfContact(): Promise<string> {
    const courseId = await seed.assignedCourse(people);
    await seed.outOfContact(people.caseManager, courseId);
    return courseId;
  }

  /** The outbox row of the first step's timer job, as the worker holds it when the step falls due. */
  const firstStepJob = async (courseId: string): Promise<string> => {
    const [row] = await ctx.db.query(
      `SELECT id::text FROM outbox WHERE course_id = $1 AND kind = 'timerDue' AND payload->>'subject' = '1.1'`,
      [courseId],
    );
    return row.id;
  };

  /** Fires the first step as its timer job does: the job's outbox row is marked done with the step. */
  const fireFirstStep = async (courseId: string) =>
    ctx
      .get(CourseRuntime)
      .sendAsSystem(
        courseId,
        { type: 'ESCALATION_STEP_DUE', timer: { kind: 'escalation_step', subject: '1.1' }, whereabouts: [] },
        { completesOutboxRow: await firstStepJob(courseId) },
      );

  const rows = (table: string, courseId: string, where = 'true') =>
    ctx.db.query(`SELECT xmin::text AS xid, * FROM ${table} WHERE course_id = $1 AND ${where}`, [courseId]);

  it('writes the snapshot, the log row, the outbox rows, the timers and the ladder of a missed appointment together', async () => {
    const { courseId, appointmentId } = await courseWithAppointment();

    await seed.missed(people.caseManager, appointmentId);

    const [course] = await ctx.db.query(`SELECT xmin::text AS xid, version, snapshot FROM courses WHERE id = $1`, [
      courseId,
    ]);
    expect(course.version).toBe(4);
    expect(course.snapshot.value).toEqual({ course: 'planning', engagement: 'outreach' });
    const [event] = await rows('course_events', courseId, 'seq = 4');
    expect(event).toMatchObject({ type: 'APPOINTMENT_MISSED', payload: { appointmentId } });
    const effects = await rows('outbox', courseId, 'event_seq = 4');
    expect(effects.map((effect: { kind: string; payload: object }) => [effect.kind, effect.payload])).toEqual([
      ['timerDue', { kind: 'escalation_step', subject: '1.1' }],
    ]);
    const [ladder] = await rows('escalation_ladders', courseId);
    expect(ladder).toMatchObject({ ladder: 1, missed_appointment_id: appointmentId, ended_at: null });
    const [firstStep] = await rows('timers', courseId, `kind = 'escalation_step'`);
    expect(firstStep).toMatchObject({ subject: '1.1', fired_at: null, cancelled_at: null });
    const [check] = await rows('timers', courseId, `kind = 'appointment_check'`);
    expect(check.cancelled_at).not.toBeNull();
    const [appointment] = await ctx.db.query(`SELECT xmin::text AS xid, attendance FROM appointments WHERE id = $1`, [
      appointmentId,
    ]);
    expect(appointment.attendance).toBe('missed');

    // One transaction id on every row the event wrote, the appointment written alongside included.
    const written = [course, event, ...effects, ladder, firstStep, check, appointment];
    expect(new Set(written.map((row: { xid: string }) => row.xid))).toEqual(new Set([course.xid]));
  });

  it.each<EventTable>(['course_events', 'escalation_ladders', 'timers'])(
    'leaves nothing of a missed appointment when its write to %s fails, and takes it once that is fixed',
    async (table) => {
      const { courseId, appointmentId } = await courseWithAppointment();
      const before = await fingerprint.take();
      const allow = await rejectWrites(table, courseId);

      await expect(seed.missed(people.caseManager, appointmentId)).rejects.toThrow(REJECTION);
      expect(await fingerprint.take()).toBe(before);

      await allow();
      await seed.missed(people.caseManager, appointmentId);
      expect(await ctx.get(EscalationsRepository).laddersOf(ctx.db.manager, courseId)).toMatchObject([
        { ladder: 1, missedAppointmentId: appointmentId, steps: [], pending: { subject: '1.1' } },
      ]);
    },
  );

  it("marks the timer job's outbox row done in the step's own transaction", async () => {
    const courseId = await courseOutOfContact();
    const jobRow = await firstStepJob(courseId);

    await fireFirstStep(courseId);

    const [course] = await ctx.db.query(`SELECT xmin::text AS xid FROM courses WHERE id = $1`, [courseId]);
    const [done] = await ctx.db.query(`SELECT xmin::text AS xid, done_at FROM outbox WHERE id = $1`, [jobRow]);
    expect(done.done_at).not.toBeNull();
    expect(done.xid).toBe(course.xid);
  });

  it.each<EventTable>(['outbox', 'escalation_steps', 'timers'])(
    'keeps the escalation step due when the write to %s fails as it fires, and fires it once that is fixed',
    async (table) => {
      const courseId = await courseOutOfContact();
      const ladders = ctx.get(EscalationsRepository);
      const [pending] = await ladders.laddersOf(ctx.db.manager, courseId);
      expect(pending.pending).toMatchObject({ subject: '1.1' });
      const before = await fingerprint.take();
      const allow = await rejectWrites(table, courseId);

      await expect(fireFirstStep(courseId)).rejects.toThrow(REJECTION);
      expect(await fingerprint.take()).toBe(before);
      expect(await ladders.laddersOf(ctx.db.manager, courseId)).toEqual([pending]);

      await allow();
      await fireFirstStep(courseId);
      expect(await ladders.laddersOf(ctx.db.manager, courseId)).toMatchObject([
        { ladder: 1, steps: [{ step: 1, level: 1 }], pending: { subject: '1.2' } },
      ]);
    },
  );

  it('fails the write of a stale version in its own statement, so that the COMMIT sent with it rolls back', async () => {
    const courseId = await seed.assignedCourse(people);
    const courses = ctx.get(CoursesRepository);
    const course = (await courses.find(ctx.db.manager, courseId))!;
    const change = { ...course, closedAt: null, waitlist: null };
    const event = {
      type: 'NOTE_ADDED',
      payload: {},
      actorId: null,
      actorRoles: ['system'],
      occurredAt: course.updatedAt.toISOString(),
    };
    const before = await fingerprint.take();

    await expect(
      ctx.db.transaction(async (db) => {
        // Written before the event, as the ladder and the timers are.
        await db.query(`INSERT INTO escalation_ladders (course_id, ladder, started_at) VALUES ($1, 1, now())`, [
          courseId,
        ]);
        await commitWithNextStatement(db);
        await courses.applyChange(db, courseId, course.version - 1, change, event, []);
      }),
    ).rejects.toMatchObject({ driverError: { code: COURSE_VERSION_CONFLICT } });
    expect(await fingerprint.take()).toBe(before);
  });
});
