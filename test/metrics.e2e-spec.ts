import { appointmentEndingIn, FAST_LADDER_ENV, scheduleAppointment } from './support/engagement';
import { eventually } from './support/eventually';
import { freePort } from './support/free-port';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import { World } from './factories/world';

const METRICS_TOKEN = 'prometheus-scrape-token';

/** One sample of the Prometheus text format, or undefined when no series has all the labels. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const isSeries = (line: string) => line.startsWith(`${name}{`) || line.startsWith(`${name} `);
  const hasLabels = (line: string) =>
    Object.entries(labels).every(([label, value]) => line.includes(`${label}="${value}"`));
  const line = text.split('\n').find((candidate) => isSeries(candidate) && hasLabels(candidate));
  return line === undefined ? undefined : Number(line.split(' ').pop());
}

describe('metrics for Prometheus, from the API at /metrics and from the worker on its own port', () => {
  let api: TestApp;
  let worker: TestWorker;
  let world: World;
  let workerMetricsUrl: string;

  beforeAll(async () => {
    const workerPort = await freePort();
    const env = {
      ...FAST_LADDER_ENV,
      FIRST_CONTACT_DUE: 'PT1S',
      METRICS_TOKEN,
      WORKER_METRICS_PORT: String(workerPort),
      // Nobody listens there: every webhook delivery fails, and is retried much later.
      NOTIFICATION_WEBHOOK_URL: `http://127.0.0.1:${await freePort()}/hooks`,
      NOTIFICATION_WEBHOOK_SECRET: 'w'.repeat(32),
      WEBHOOK_RETRY_BASE_MS: '600000',
    };
    api = await startApp({ env });
    worker = await startWorker({ env });
    world = new World(api);
    workerMetricsUrl = `http://127.0.0.1:${workerPort}/metrics`;
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const scrapeApi = async () =>
    (await api.http.get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200)).text;
  const scrapeWorker = async () =>
    (await fetch(workerMetricsUrl, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).text();

  it('are read only with the metrics token, from the API and from the worker alike', async () => {
    const refused = await api.http.get('/metrics').expect(401);
    expect(refused.body).toMatchObject({ status: 401, type: expect.stringMatching(/unauthenticated$/) });
    await api.http.get('/metrics').set('Authorization', 'Bearer not-the-token').expect(401);
    expect((await fetch(workerMetricsUrl)).status).toBe(401);
    const answer = await api.http.get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('count requests, course events, timers, reminders and failed jobs after a course misses an appointment', async () => {
    const caseworker = await world.staff(['caseworker'], { teamId: 'metrics' });
    const committee = await world.staff(['committee_member']);
    const caseManager = await world.staff(['case_manager'], { teamId: 'metrics' });
    const courseId = await world.courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });
    await world.send(caseManager, courseId, { type: 'FOLLOW_UP_STARTED' }).expect(409);
    await scheduleAppointment(api, caseManager, courseId, appointmentEndingIn(-60_000));

    const fromApi = await scrapeApi();
    const requests = (route: string, status: string) =>
      sample(fromApi, 'http_request_duration_seconds_count', { method: 'POST', route, status });
    expect(requests('/api/v1/courses/:id/events', '200')).toBeGreaterThanOrEqual(1);
    expect(requests('/api/v1/courses/:id/events', '409')).toBeGreaterThanOrEqual(1);
    expect(
      sample(fromApi, 'icm_course_events_total', { type: 'VISITATION_APPROVED', outcome: 'accepted' }),
    ).toBeGreaterThanOrEqual(1);
    expect(
      sample(fromApi, 'icm_course_events_total', {
        type: 'FOLLOW_UP_STARTED',
        outcome: 'refused',
        refusal: 'event-not-allowed',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(fromApi, 'icm_outbox_unsent_rows')).toEqual(expect.any(Number));
    expect(sample(fromApi, 'icm_outbox_publish_lag_seconds')).toEqual(expect.any(Number));
    for (const queue of ['notifications', 'timers', 'waitlist', 'webhooks']) {
      expect(sample(fromApi, 'icm_queue_jobs', { queue, state: 'waiting' })).toEqual(expect.any(Number));
    }

    // The worker misses the appointment by itself, climbs to level 1 and reminds of the first contact.
    const fromWorker = await eventually(
      scrapeWorker,
      (text) =>
        [
          sample(text, 'icm_timer_lateness_seconds_count', { kind: 'appointment_check' }),
          sample(text, 'icm_timer_lateness_seconds_count', { kind: 'escalation_step' }),
          sample(text, 'icm_reminders_sent_total', { kind: 'first_contact_due' }),
          sample(text, 'icm_job_failures_total', { queue: 'webhooks', final: 'false' }),
        ].every((count) => count !== undefined && count >= 1),
      15_000,
    );
    expect(sample(fromWorker, 'icm_timer_lateness_seconds_count', { kind: 'escalation_step' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(
      sample(fromWorker, 'icm_timer_lateness_seconds_bucket', { kind: 'escalation_step', le: '+Inf' }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(fromWorker, 'icm_reminders_sent_total', { kind: 'first_contact_due' })).toBeGreaterThanOrEqual(1);
    expect(sample(fromWorker, 'icm_job_failures_total', { queue: 'webhooks', final: 'false' })).toBeGreaterThanOrEqual(
      1,
    );
    expect(sample(fromWorker, 'icm_course_events_total', { type: 'APPOINTMENT_MISSED', outcome: 'accepted' })).toBe(1);
    expect(sample(fromWorker, 'process_cpu_seconds_total')).toEqual(expect.any(Number));

    const later = await scrapeApi();
    expect(sample(later, 'icm_queue_jobs', { queue: 'timers', state: 'completed' })).toBeGreaterThanOrEqual(2);
  });
});
