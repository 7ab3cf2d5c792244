import { randomBytes } from 'node:crypto';
import { ApiClient } from './support/api-client';
import { freshDatabase } from './support/fresh-database';
import { freshQueues } from './support/fresh-queues';
import { startApiProcess, startWorkerProcess } from './support/service-process';
import { type CaughtEmail, SmtpCatcher } from './support/smtp-catcher';
import { DEMO_TIMER_ENV } from './demo/demo-timers';
import {
  calendarAddressOf,
  demoEmailEnv,
  emailsTo,
  giveCaseManagersEmail,
  isEscalationEmail,
  printCalendarAddress,
  printEmails,
} from './demo/email-and-calendar';
import { printOutcomeReport, readOutcomeReport } from './demo/outcome-summary';
import { courseOf, hireStaff, missAndReengage, walkThreeCitizens } from './demo/scenario';
import { printServiceGuide } from './demo/service-guide';
import { type InboxItem, printInbox, printLadder, printTimelines } from './demo/timeline';

/**
 * `npm run demo`: a fresh demo database, the real API and worker processes, three citizens walked
 * through the course over HTTP (one misses an appointment and is escalated to level 3 before an
 * outreach visit re-engages him), their timelines, the e-mails a local SMTP catcher took, the case
 * manager's calendar address and the outcome report printed; then the service stays up until
 * Ctrl-C. test/demo.e2e-spec.ts runs the same scenario headless.
 */
async function main(): Promise<void> {
  const databaseUrl = process.env.DEMO_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/icm_demo';
  const database = new URL(databaseUrl).pathname.slice(1);
  const port = Number(process.env.PORT ?? 3000);
  // The case managers' e-mail goes to a catcher on a spare local port, not out of the machine.
  const smtp = new SmtpCatcher();
  const smtpPort = await smtp.start();
  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    JWT_SECRET: randomBytes(32).toString('hex'),
    CPR_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    CPR_HASH_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    // The web application's sign-in page lists the demo's people to sign in as.
    DEVELOPMENT_SIGN_IN: 'true',
    // Queues named for the database, so that a demo on another database takes none of these jobs.
    QUEUE_PREFIX: database
      .toLowerCase()
      .replace(/[^a-z0-9_-]/g, '-')
      .slice(0, 40),
    ...DEMO_TIMER_ENV,
    ...demoEmailEnv(smtpPort, process.env.PUBLIC_URL ?? `http://localhost:${port}`),
  };
  console.log(`Creating a fresh demo database (${database}) and running the migrations...`);
  await freshDatabase(env.DATABASE_URL);
  await freshQueues(env.REDIS_URL, env.QUEUE_PREFIX);
  const service = await startApiProcess(env, port);
  const worker = startWorkerProcess(env);
  const stop = () => Promise.all([service.stop(), worker.stop(), smtp.close()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const api = new ApiClient(service.baseUrl, env.JWT_SECRET);
  const cast = await hireStaff(api);
  await giveCaseManagersEmail(api, cast);
  const courses = await walkThreeCitizens(api, cast);
  console.log('Lars misses a treatment appointment; watching the outreach ladder climb (about 8 s)...');
  const ladder = await missAndReengage(api, cast, courseOf(courses, 'Lars'));
  const everyone = [cast.caseworker, ...cast.committee, ...cast.caseManagers, cast.teamLead];
  await printTimelines(api, cast.caseworker, courses, everyone);
  printLadder('Lars', ladder);
  const lastAlert = (item: InboxItem) => item.kind === 'outreach_escalation' && item.payload.level === ladder.level;
  await printInbox(api, cast.caseManagers[1], courses, lastAlert);
  const lastEmail = (email: CaughtEmail) => isEscalationEmail(email, ladder.level);
  printEmails(smtp, (await emailsTo(smtp, cast.caseManagers[1], lastEmail)).find(lastEmail));
  printCalendarAddress(cast.caseManagers[1], await calendarAddressOf(api, cast.caseManagers[1]));
  printOutcomeReport(await readOutcomeReport(api, cast.teamLead), cast.teamLead);

  printServiceGuide(service.baseUrl, cast, courses);
  console.log('\nPress Ctrl-C to stop.');
}

main().catch((error: Error) => {
  console.error(`Demo failed: ${error.message}`);
  process.exit(1);
});
