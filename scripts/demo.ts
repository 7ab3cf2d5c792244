import { randomBytes } from 'node:crypto';
import { ApiClient } from './support/api-client';
import { freshDatabase } from './support/fresh-database';
import { freshQueues } from './support/fresh-queues';
import { startApiProcess, startWorkerProcess } from './support/service-process';
import { hireStaff, missAndReengage, walkThreeCitizens } from './demo/scenario';
import { printInbox, printLadder, printTimelines } from './demo/timeline';

/**
 * `npm run demo`: a fresh demo database, the real API and worker processes, three citizens walked
 * through the course over HTTP (one misses an appointment and is escalated to level 3 before an
 * outreach visit re-engages him), their timelines printed; then the service stays up until Ctrl-C.
 */
async function main(): Promise<void> {
  const env = {
    DATABASE_URL: process.env.DEMO_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/icm_demo',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    JWT_SECRET: randomBytes(32).toString('hex'),
    CPR_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    CPR_HASH_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: 'icm-demo',
    // The outreach ladder scaled from hours to seconds, so that it climbs while you watch.
    APPOINTMENT_GRACE: 'PT1S',
    ESCALATION_LEVEL_DELAYS: 'PT0S,PT3S,PT6S',
    ESCALATION_REPEAT_EVERY: 'PT1H',
    QUIET_HOURS: '',
  };
  const port = Number(process.env.PORT ?? 3000);
  console.log(`Creating a fresh demo database (${new URL(env.DATABASE_URL).pathname.slice(1)}) and running the migrations...`);
  await freshDatabase(env.DATABASE_URL);
  await freshQueues(env.REDIS_URL, env.QUEUE_PREFIX);
  const service = await startApiProcess(env, port);
  const worker = startWorkerProcess(env);
  const stop = () => Promise.all([service.stop(), worker.stop()]).then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const api = new ApiClient(service.baseUrl, env.JWT_SECRET);
  const cast = await hireStaff(api);
  const courses = await walkThreeCitizens(api, cast);
  const lars = courses.find((course) => course.citizen === 'Lars')!;
  console.log('Lars misses a treatment appointment; watching the outreach ladder climb (about 8 s)...');
  const ladder = await missAndReengage(api, cast, lars.courseId);
  const everyone = [cast.caseworker, ...cast.committee, ...cast.caseManagers, cast.teamLead];
  await printTimelines(api, cast.caseworker, courses, everyone);
  printLadder('Lars', ladder);
  await printInbox(api, cast.caseManagers[1], courses);

  console.log(`\nThe API and the worker are running; the API at ${service.baseUrl}`);
  console.log(`  API docs:  ${service.baseUrl}/api/docs`);
  console.log(`  Health:    ${service.baseUrl}/health`);
  console.log(`  Try, as ${cast.caseworker.name}:`);
  console.log(`  curl -H "Authorization: Bearer ${cast.caseworker.token}" ${service.baseUrl}/api/v1/courses/${courses[0].courseId}`);
  console.log(`  and as ${cast.teamLead.name}, the outcome report as CSV:`);
  console.log(`  curl -H "Authorization: Bearer ${cast.teamLead.token}" -H "Accept: text/csv" ${service.baseUrl}/api/v1/reports/outcomes`);
  console.log('\nPress Ctrl-C to stop.');
}

main().catch((error: Error) => {
  console.error(`Demo failed: ${error.message}`);
  process.exit(1);
});
