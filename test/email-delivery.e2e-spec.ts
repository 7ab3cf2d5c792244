import { getQueueToken } from '@nestjs/bullmq';
import type { Job, Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { emailJobIdOf } from '@src/notifications/email/email-jobs';
import { EmailReconciler } from '@src/notifications/email/email-reconciler';
import { EMAILS_QUEUE } from '@src/queues/queues';
import { hhmm, localMinutes, ZONE } from './support/copenhagen-clock';
import { eventually } from './support/eventually';
import { SmtpCatcher } from '@scripts/support/smtp-catcher';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { randomCpr } from './factories/cpr';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

const PUBLIC_URL = 'https://icm.example.dk';

// Quiet hours around the time the test runs; the digest well after them.
const NOW = localMinutes(new Date());
const QUIET_HOURS = `${hhmm(NOW - 60)}-${hhmm(NOW + 60)}`;
const DIGEST_AT = hhmm(NOW + 180);

interface EmailRow {
  id: string;
  emailAt: Date | null;
  emailDigest: boolean;
  emailSentAt: Date | null;
}

describe('notifications reach the case manager by e-mail, through a real SMTP server', () => {
  let api: TestApp;
  let worker: TestWorker;
  let world: World;
  let smtp: SmtpCatcher;
  let smtpPort: number;
  const citizen = { cpr: randomCpr(), name: 'Emilie Mailesen' };
  let courseId: string;

  beforeAll(async () => {
    smtp = new SmtpCatcher();
    smtpPort = await smtp.start();
    const env = {
      QUIET_HOURS,
      DIGEST_AT,
      TIME_ZONE: ZONE,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      SMTP_SECURE: 'none',
      SMTP_FROM: 'ICM <icm@kommune.example.dk>',
      EMAIL_RETRY_BASE_MS: '50',
      PUBLIC_URL,
    };
    api = await startApp({ env });
    worker = await startWorker({ env });
    world = new World(api);
    ({ courseId } = await world.refer(await world.staff(['caseworker']), { citizen }));
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.close();
  });

  /** A case manager with an address who takes reminders and escalations by e-mail at once, course notices in a digest. */
  const caseManagerWithEmail = async (): Promise<StaffHandle & { email: string }> => {
    const staff = await world.staff(['case_manager']);
    const email = `cm-${staff.id}@kommune.example.dk`;
    await api.db.query(`UPDATE staff SET email = $2 WHERE id = $1`, [staff.id, email]);
    await api.http
      .put('/api/v1/me/notification-preferences')
      .set('Authorization', staff.auth)
      .send({
        reminderDelivery: 'immediate',
        email: { reminders: 'immediate', escalations: 'immediate', courseNotices: 'daily_digest' },
      })
      .expect(200);
    return { ...staff, email };
  };

  /** A `notify` side effect written to the outbox as the course runtime writes it. */
  const notify = async (staff: StaffHandle, kind: string, urgency?: { urgency: string; level?: number }) => {
    const [{ id }] = await api.db.query(
      `INSERT INTO outbox (course_id, event_seq, kind, payload) VALUES ($1, 1, 'notify', $2) RETURNING id::text`,
      [courseId, { kind, recipients: [{ role: 'staff', staffId: staff.id }], ...urgency }],
    );
    return id as string;
  };

  const row = (outboxId: string, until: (row: EmailRow) => boolean = () => true) =>
    eventually(
      async () =>
        (
          await api.db.query(
            `SELECT id, email_at AS "emailAt", email_digest AS "emailDigest", email_sent_at AS "emailSentAt"
             FROM notifications WHERE outbox_id = $1`,
            [outboxId],
          )
        )[0] as EmailRow | undefined,
      (found) => found !== undefined && until(found),
    ) as Promise<EmailRow>;

  /** The e-mail job of a notification, once the notify job has added it (just after the row). */
  const emailJob = async (notificationId: string): Promise<Job> =>
    (await eventually(
      () =>
        worker.context.get<Queue>(getQueueToken(EMAILS_QUEUE), { strict: false }).getJob(emailJobIdOf(notificationId)),
      (job) => job !== undefined,
    ))!;

  it('answers and keeps the e-mail choices per kind, and refuses a digest for escalations', async () => {
    const staff = await world.staff(['case_manager']);
    const preferences = () => api.http.get('/api/v1/me/notification-preferences').set('Authorization', staff.auth);
    expect((await preferences().expect(200)).body).toEqual({
      reminderDelivery: 'immediate',
      email: { reminders: 'in_app', escalations: 'in_app', courseNotices: 'in_app' },
      emailAddress: null,
      emailEnabled: true,
    });
    const change = (body: object) =>
      api.http.put('/api/v1/me/notification-preferences').set('Authorization', staff.auth).send(body);
    const refused = await change({
      reminderDelivery: 'immediate',
      email: { reminders: 'immediate', escalations: 'daily_digest', courseNotices: 'in_app' },
    }).expect(422);
    expect(refused.body.errors).toEqual([{ field: 'email.escalations', messages: [expect.stringContaining('never')] }]);
    expect((await preferences().expect(200)).body.email.escalations).toBe('in_app');
    await change({
      reminderDelivery: 'daily_digest',
      email: { reminders: 'daily_digest', escalations: 'immediate', courseNotices: 'immediate' },
    }).expect(200);
    // Left out, the e-mail choices stay as they are.
    await change({ reminderDelivery: 'immediate' }).expect(200);
    expect((await preferences().expect(200)).body.email).toEqual({
      reminders: 'daily_digest',
      escalations: 'immediate',
      courseNotices: 'immediate',
    });
  });

  it('a level 2 escalation is e-mailed at once: urgency, level and the course link, in text and HTML, nothing about the citizen', async () => {
    const caseManager = await caseManagerWithEmail();
    const outboxId = await notify(caseManager, 'outreach_escalation', { urgency: 'escalation', level: 2 });
    const sent = await row(outboxId, (found) => found.emailSentAt !== null);

    const [email] = smtp.to(caseManager.email);
    expect(smtp.to(caseManager.email)).toHaveLength(1);
    expect(email.subject).toBe('ICM: Haster: En eskalering er nået et nyt trin (trin 2)');
    expect(email.text).toContain('Haster: En eskalering er nået et nyt trin. Trin 2.');
    expect(email.text).toContain(`${PUBLIC_URL}/forloeb/${courseId}`);
    expect(email.html).toContain(`<a href="${PUBLIC_URL}/forloeb/${courseId}">`);
    expect(email.messageId).toMatch(/^<icm-[0-9a-f]{32}@icm\.invalid>$/);
    expect(sent.emailDigest).toBe(false);
  });

  it('a reminder made in quiet hours waits for their end before it is e-mailed', async () => {
    const caseManager = await caseManagerWithEmail();
    const held = await row(await notify(caseManager, 'reminder_plan_due', { urgency: 'reminder' }));
    expect(hhmm(localMinutes(new Date(held.emailAt!)))).toBe(QUIET_HOURS.split('-')[1]);
    expect(await (await emailJob(held.id)).getState()).toBe('delayed');
    await sleep(300);
    expect(smtp.to(caseManager.email)).toEqual([]);
  });

  it('course notices chosen for the digest go out together in one e-mail at the digest time', async () => {
    const caseManager = await caseManagerWithEmail();
    const notices = [
      await row(await notify(caseManager, 'course_assigned')),
      await row(await notify(caseManager, 'case_note')),
    ];
    expect(notices.map((notice) => notice.emailDigest)).toEqual([true, true]);
    expect(new Date(notices[1].emailAt!)).toEqual(new Date(notices[0].emailAt!));
    expect(hhmm(localMinutes(new Date(notices[0].emailAt!)))).toBe(DIGEST_AT);

    // As if the digest time had come.
    await Promise.all(notices.map(async (notice) => (await emailJob(notice.id)).promote()));
    await eventually(
      () => Promise.resolve(smtp.to(caseManager.email)),
      (found) => found.length > 0,
    );
    await sleep(300);
    const digests = smtp.to(caseManager.email);
    expect(digests).toHaveLength(1);
    expect(digests[0].subject).toBe('ICM: 2 beskeder i dagens oversigt');
    expect(digests[0].text).toContain('Et forløb er tildelt dig.');
    expect(digests[0].text).toContain('Der er skrevet en ny note på et forløb.');
  });

  it('a server that refuses twice gets the e-mail on a retry, once', async () => {
    const caseManager = await caseManagerWithEmail();
    smtp.refuse(2);
    const before = smtp.refused;
    await row(await notify(caseManager, 'reminder_no_contact', { urgency: 'escalation', level: 3 }), (found) =>
      Boolean(found.emailSentAt),
    );
    expect(smtp.refused - before).toBe(2);
    expect(smtp.to(caseManager.email)).toHaveLength(1);
  });

  it('an e-mail job that Redis lost is added again by the reconciler once it is due, and sent once', async () => {
    const caseManager = await caseManagerWithEmail();
    const held = await row(await notify(caseManager, 'reminder_reassessment_overdue', { urgency: 'reminder' }));
    await (await emailJob(held.id)).remove();
    // The quiet hours are over.
    await api.db.query(`UPDATE notifications SET email_at = now() WHERE id = $1`, [held.id]);

    expect(await worker.context.get(EmailReconciler).reconcile()).toBeGreaterThanOrEqual(1);
    await eventually(
      () => Promise.resolve(smtp.to(caseManager.email)),
      (found) => found.length > 0,
    );
    await worker.context.get(EmailReconciler).reconcile();
    await sleep(300);
    expect(smtp.to(caseManager.email)).toHaveLength(1);
    expect(smtp.to(caseManager.email)[0].subject).toBe('ICM: Påmindelse: En revurdering er overskredet');
  });

  it('no e-mail the server accepted holds the CPR number or the name of the citizen', () => {
    expect(smtp.accepted.length).toBeGreaterThan(0);
    const everything = smtp.accepted.map((email) => `${email.raw}\n${email.text}\n${email.html}`).join('\n');
    expect(everything).not.toContain(citizen.cpr);
    expect(everything).not.toContain(citizen.cpr.replace('-', ''));
    expect(everything).not.toContain(citizen.name);
    expect(everything).not.toContain('Mailesen');
  });

  it('a server down past the retries leaves the job in the failed set, and the reconciler does not try again', async () => {
    const caseManager = await caseManagerWithEmail();
    await smtp.close();
    const notification = await row(
      await notify(caseManager, 'outreach_escalation', { urgency: 'escalation', level: 2 }),
    );
    const job = await emailJob(notification.id);
    // Each retry waits its backoff; bring every one forward until the job has used its attempts.
    const state = await eventually(
      async () => {
        const current = await job.getState();
        if (current === 'delayed') await job.promote().catch(() => undefined);
        return current;
      },
      (current) => current === 'failed',
      60_000,
    );
    expect(state).toBe('failed');
    const failed = await emailJob(notification.id);
    expect(failed.attemptsMade).toBe(12);

    expect(await worker.context.get(EmailReconciler).reconcile()).toBeGreaterThanOrEqual(1);
    await sleep(300);
    const after = await emailJob(notification.id);
    expect(await after.getState()).toBe('failed');
    expect(after.attemptsMade).toBe(12);
    const [{ emailSentAt }] = await api.db.query(
      `SELECT email_sent_at AS "emailSentAt" FROM notifications WHERE id = $1`,
      [notification.id],
    );
    expect(emailSentAt).toBeNull();
  });
});
