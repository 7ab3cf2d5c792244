import type { EmailNotification } from '@src/notifications/notifications.repository';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * What each kind says. E-mail leaves the municipality's systems: only what happened, never who it
 * is about or anything about their health, so the text comes from the kind alone.
 */
const WHAT_HAPPENED: Record<string, string> = {
  reminder_appointment_upcoming: 'En aftale med en borger nærmer sig.',
  reminder_appointment_check: 'En aftale er overstået: registrér om borgeren kom.',
  reminder_first_contact_due: 'Den første kontakt med en borger skal finde sted.',
  reminder_plan_due: 'En plan venter på at blive lagt.',
  reminder_reassessment_upcoming: 'En revurdering nærmer sig.',
  reminder_reassessment_overdue: 'En revurdering er overskredet.',
  reminder_no_contact: 'Der har ikke været kontakt med en borger i et stykke tid.',
  outreach_escalation: 'En eskalering er nået et nyt trin.',
  escalation_acknowledged: 'En eskalering er kvitteret.',
  case_note: 'Der er skrevet en ny note på et forløb.',
  course_assigned: 'Et forløb er tildelt dig.',
  course_closed: 'Et forløb er afsluttet.',
  information_requested: 'Visitationsudvalget beder om flere oplysninger.',
  referral_in_queue: 'En henvisning venter på visitation.',
};
const SOMETHING_HAPPENED = 'Der er nyt på et forløb.';

const URGENCY: Record<string, string> = {
  escalation: 'Haster',
  reminder: 'Påmindelse',
  course: 'Til orientering',
};

export interface EmailLine {
  urgency: string;
  what: string;
  level: number | null;
  link: string;
}

/** The one line a notification becomes: urgency, what happened, the ladder level if any, and where to read more. */
export function emailLineOf(notification: EmailNotification, publicUrl: string): EmailLine {
  const payload = notification.payload as { urgency?: string; level?: unknown };
  return {
    urgency: URGENCY[payload.urgency ?? 'course'] ?? URGENCY.course,
    what: WHAT_HAPPENED[notification.kind] ?? SOMETHING_HAPPENED,
    level: typeof payload.level === 'number' ? payload.level : null,
    link: `${publicUrl.replace(/\/+$/, '')}/forloeb/${encodeURIComponent(notification.courseId)}`,
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const levelText = (level: number | null) => (level === null ? '' : ` Trin ${level}.`);

/** One e-mail for notifications that travel together: one notification, or a recipient's digest. */
export function emailMessageOf(to: string, notifications: EmailNotification[], publicUrl: string): EmailMessage {
  const lines = notifications.map((notification) => emailLineOf(notification, publicUrl));
  const digest = notifications[0].emailDigest;
  const first = lines[0];
  const subject = digest
    ? `ICM: ${lines.length} ${lines.length === 1 ? 'besked' : 'beskeder'} i dagens oversigt`
    : `ICM: ${first.urgency}: ${first.what.replace(/\.$/, '')}${first.level === null ? '' : ` (trin ${first.level})`}`;
  const intro = digest ? 'Dagens oversigt fra ICM:' : 'Besked fra ICM:';
  const text = [
    intro,
    '',
    ...lines.map((line) => `- ${line.urgency}: ${line.what}${levelText(line.level)}\n  ${line.link}`),
    '',
    'Log ind for at se detaljerne. Denne e-mail indeholder bevidst ingen oplysninger om borgeren.',
  ].join('\n');
  const html = [
    '<!doctype html><html lang="da"><body>',
    `<p>${escapeHtml(intro)}</p><ul>`,
    ...lines.map(
      (line) =>
        `<li><strong>${escapeHtml(line.urgency)}:</strong> ${escapeHtml(line.what + levelText(line.level))} ` +
        `<a href="${escapeHtml(line.link)}">Se forløbet</a></li>`,
    ),
    '</ul><p>Log ind for at se detaljerne. Denne e-mail indeholder bevidst ingen oplysninger om borgeren.</p>',
    '</body></html>',
  ].join('\n');
  return { to, subject, text, html };
}
