import ical, { type VEvent } from 'node-ical';
import type { OutcomeReport } from '@src/reports/outcome-report.service';
import { DEMO_TIMER_ENV } from '@scripts/demo/demo-timers';
import {
  calendarAddressOf,
  demoAddressOf,
  demoEmailEnv,
  emailsTo,
  giveCaseManagersEmail,
  isEscalationEmail,
} from '@scripts/demo/email-and-calendar';
import { outcomeSummary, readOutcomeReport } from '@scripts/demo/outcome-summary';
import {
  courseOf,
  type DemoCast,
  type DemoCourse,
  hireStaff,
  type LadderView,
  missAndReengage,
  walkThreeCitizens,
} from '@scripts/demo/scenario';
import { ApiClient } from '@scripts/support/api-client';
import { SmtpCatcher } from '@scripts/support/smtp-catcher';
import { freePort } from './support/free-port';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { TEST_ENV } from './support/test-env';

/** `npm run demo` without the processes and the printing: its scenario, against the in-process app and worker. */
describe('the demo, run headless', () => {
  let app: TestApp;
  let worker: TestWorker;
  let api: ApiClient;
  let cast: DemoCast;
  let courses: DemoCourse[];
  let larsLadder: LadderView;
  let report: OutcomeReport;
  let smtp: SmtpCatcher;
  let publicUrl: string;

  beforeAll(async () => {
    smtp = new SmtpCatcher();
    // PUBLIC_URL points back at the app, so that the calendar address it hands out answers.
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    const env = { ...DEMO_TIMER_ENV, ...demoEmailEnv(await smtp.start(), publicUrl) };
    app = await startApp({ env, port });
    worker = await startWorker({ env });
    api = new ApiClient(await app.app.getUrl(), TEST_ENV.JWT_SECRET);
    // Other specs share the database: the report counts only the courses this run refers.
    const since = new Date().toISOString();
    cast = await hireStaff(api);
    await giveCaseManagersEmail(api, cast);
    courses = await walkThreeCitizens(api, cast);
    larsLadder = await missAndReengage(api, cast, courseOf(courses, 'Lars'));
    report = await readOutcomeReport(api, cast.teamLead, { from: since });
  }, 120_000);
  afterAll(async () => {
    // Either may be missing when start-up failed; the failure itself is reported by beforeAll.
    await worker?.close();
    await app?.close();
    await smtp?.close();
  });

  const course = (citizen: string) =>
    api.call<{ phase: string; engagement: string; caseManagerId: string | null; closureReason: string | null }>(
      cast.caseworker,
      'GET',
      `/courses/${courseOf(courses, citizen)}`,
    );

  it('leaves Jens in coordination, the phase his reassessment chose, with his case manager', async () => {
    expect(await course('Jens')).toMatchObject({
      phase: 'coordination',
      engagement: 'engaged',
      caseManagerId: cast.caseManagers[0].id,
      closureReason: null,
    });
  });

  it('closes Karen at visitation, rejected', async () => {
    expect(await course('Karen')).toMatchObject({
      phase: 'closed',
      engagement: 'ended',
      caseManagerId: null,
      closureReason: 'rejected_at_visitation',
    });
  });

  it('re-engages Lars in planning after his outreach ladder fired levels 1, 2 and 3 in order and then ended', async () => {
    expect(await course('Lars')).toMatchObject({
      phase: 'planning',
      engagement: 'engaged',
      caseManagerId: cast.caseManagers[1].id,
    });
    expect(larsLadder.status).toBe('ended');
    const fired = larsLadder.steps.filter((step) => step.status === 'fired');
    expect(fired.map((step) => step.level)).toEqual([1, 2, 3]);
    const firedAt = fired.map((step) => Date.parse(step.fired!.firedAt));
    expect(firedAt).toEqual([...firedAt].sort((a, b) => a - b));
    expect(larsLadder.steps.length).toBe(fired.length);
  });

  it("counts the three courses in the team lead's outcome report", () => {
    expect(report).toMatchObject({ citizens: 3, courses: 3 });
    expect(report.coursesByPhase).toMatchObject({
      coordination: { count: 1 },
      planning: { count: 1 },
      closed: { count: 1 },
      referral: { count: 0 },
    });
    expect(report.coursesByClosureReason.rejected_at_visitation).toEqual({ count: 1, denominator: 1, share: 1 });
    // Jens's reassessment found him a home, Lars's did not; Karen was never assessed.
    expect(report.housing).toEqual({
      gotHome: { count: 1, denominator: 2, share: 0.5 },
      didNotGetHome: { count: 1, denominator: 2, share: 0.5 },
      lostHomeAgain: { count: 0, denominator: 2, share: 0 },
    });
    expect(report.domains.drugs.positive).toEqual({ count: 1, denominator: 2, share: 0.5 });
    expect(report.domains.mental_illness.negative).toEqual({ count: 1, denominator: 2, share: 0.5 });
    expect(report.domains.alcohol.unchanged).toEqual({ count: 2, denominator: 2, share: 1 });
    expect(report.escalations).toEqual({
      started: 1,
      resolved: { count: 1, denominator: 1, share: 1 },
      endedByClosure: { count: 0, denominator: 1, share: 0 },
      running: { count: 0, denominator: 1, share: 0 },
    });
    expect(report.economy.coursesStarted).toEqual({ section_85_administration: 2, section_110_shelter: 0 });
  });

  it('prints the report as the demo shows it', () => {
    expect(outcomeSummary(report)).toEqual([
      'cohort            3 citizens, 3 courses',
      'phase now         planning 1, coordination 1, closed 1',
      'closed because    rejected_at_visitation 1',
      'housing           of 2 reassessed: 1 got a home, 1 did not, 0 lost it again',
      'domains           drugs 1 of 2 positive, mental_illness 1 of 2 negative, economy 1 of 2 positive; no other domain moved',
      'outreach ladders  1 started: 1 ended by a contact, 0 by closure, 0 running',
      'economy           2 courses got a case manager, first-year cost 186,000 DKK',
    ]);
  });

  it("lets the cast's admin open the queue dashboard, in a browser through the session cookie", async () => {
    const session = await app.http
      .post('/api/v1/admin/dashboard-session')
      .set('Authorization', `Bearer ${cast.admin.token}`)
      .expect(204);
    const cookie = String(session.headers['set-cookie']).split(';')[0];
    await app.http.get('/admin/queues').set('Cookie', cookie).expect(200);
  });

  it("e-mails Lars's case manager each escalation level at once, with a link to the course and nothing about the citizen", async () => {
    const erik = cast.caseManagers[1];
    const emails = await emailsTo(smtp, erik, (email) => isEscalationEmail(email, 3));
    for (const level of [1, 2, 3]) {
      const escalation = emails.find((email) => isEscalationEmail(email, level));
      expect(escalation?.text).toContain(`Trin ${level}.`);
      expect(escalation?.text).toContain(`${publicUrl}/forloeb/${courseOf(courses, 'Lars')}`);
    }
    // Dorte's course notices wait for the digest, and Frida has no course: nothing came to either at once.
    expect(smtp.to(demoAddressOf(cast.caseManagers[0]))).toEqual([]);
    expect(smtp.to(demoAddressOf(cast.caseManagers[2]))).toEqual([]);
    for (const email of smtp.accepted) {
      for (const secret of ['Jens', 'Karen', 'Lars', '120398', '050791', '230301']) {
        expect(email.raw).not.toContain(secret);
      }
    }
  });

  it("serves Lars's appointments, the missed one and the new one, at the calendar address the demo prints", async () => {
    const erik = cast.caseManagers[1];
    const answer = await fetch(await calendarAddressOf(api, erik));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/calendar/);
    const events = Object.values(ical.sync.parseICS(await answer.text())).filter(
      (entry): entry is VEvent => entry?.type === 'VEVENT',
    );
    const booked = await api.call<{ id: string }[]>(erik, 'GET', `/courses/${courseOf(courses, 'Lars')}/appointments`);
    expect(booked).toHaveLength(2);
    expect(events.map((event) => event.uid).sort()).toEqual(
      booked.map((appointment) => `${appointment.id}@icm`).sort(),
    );
  });
});
