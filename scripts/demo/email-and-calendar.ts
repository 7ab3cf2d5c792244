import type { Actor, ApiClient } from '@scripts/support/api-client';
import type { CaughtEmail, SmtpCatcher } from '@scripts/support/smtp-catcher';
import type { DemoCast } from './scenario';

/** The service's e-mail pointed at the demo's local SMTP catcher; e-mail links and the calendar address start with `publicUrl`. */
export const demoEmailEnv = (smtpPort: number, publicUrl: string) => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(smtpPort),
  // The catcher is local and speaks no TLS.
  SMTP_SECURE: 'none',
  SMTP_FROM: 'ICM <icm@demo.kommune.dk>',
  PUBLIC_URL: publicUrl,
});

/** Each case manager chooses differently; every one takes escalations by e-mail at once. */
const EMAIL_CHOICES = [
  { reminders: 'immediate', escalations: 'immediate', courseNotices: 'daily_digest' },
  { reminders: 'immediate', escalations: 'immediate', courseNotices: 'immediate' },
  { reminders: 'daily_digest', escalations: 'immediate', courseNotices: 'in_app' },
] as const;

/** "Erik (case manager)" gets erik@demo.kommune.dk. */
export const demoAddressOf = (member: Pick<Actor, 'name'>) =>
  `${member.name.split(' ')[0].toLowerCase()}@demo.kommune.dk`;

/** The admin gives each case manager an address; each case manager chooses which kinds come by e-mail. */
export async function giveCaseManagersEmail(api: ApiClient, cast: DemoCast): Promise<void> {
  for (const [index, caseManager] of cast.caseManagers.entries()) {
    await api.call(cast.admin, 'PATCH', `/staff/${caseManager.id}`, { email: demoAddressOf(caseManager) });
    await api.call(caseManager, 'PUT', '/me/notification-preferences', {
      reminderDelivery: 'immediate',
      email: EMAIL_CHOICES[index % EMAIL_CHOICES.length],
    });
  }
}

/** The subject the e-mail of an escalation's level has (src/notifications/email/email-message.ts). */
export const isEscalationEmail = (email: CaughtEmail, level: number) =>
  email.subject.startsWith('ICM: Haster:') && email.subject.endsWith(`(trin ${level})`);

/**
 * The e-mails one recipient has received, once the one `awaited` picks has arrived (the worker
 * sends asynchronously, after the inbox) or 10 s have passed.
 */
export async function emailsTo(
  catcher: SmtpCatcher,
  recipient: Pick<Actor, 'name'>,
  awaited: (email: CaughtEmail) => boolean,
): Promise<CaughtEmail[]> {
  const address = demoAddressOf(recipient);
  for (let attempt = 0; attempt < 100 && !catcher.to(address).some(awaited); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return catcher.to(address);
}

/** A new secret address of the staff member's calendar feed (the previous one stops answering). */
export async function calendarAddressOf(api: ApiClient, member: Actor): Promise<string> {
  return (await api.call<{ url: string }>(member, 'POST', '/me/calendar-feed')).url;
}

/** How many e-mails the catcher took, and one of them as its recipient read it: none names a citizen. */
export function printEmails(catcher: SmtpCatcher, example: CaughtEmail | undefined): void {
  console.log(`\nE-mails caught by the demo's SMTP catcher: ${catcher.accepted.length}`);
  for (const [address, count] of countBy(catcher.accepted.map((email) => email.to))) {
    console.log(`  ${address.padEnd(28)} ${count}`);
  }
  if (!example) return;
  console.log(`  For example, to ${example.to}: "${example.subject}"`);
  for (const line of example.text.split('\n').filter((text) => text.trim())) console.log(`    | ${line}`);
}

/** The calendar address to subscribe to, and what it is. */
export function printCalendarAddress(member: Actor, url: string): void {
  console.log(
    `\n${member.name}'s appointments as a calendar to subscribe to (Outlook: "Add calendar" > "From the web"):`,
  );
  console.log(`  ${url}`);
  console.log('  The address is the key: keep it secret. "Indstillinger" in the web application replaces it.');
}

const countBy = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
};
