import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@src/auth/development-token';
import { freshBenchDatabase, withDatabase } from './database';
import { HttpClient } from './http-client';
import { log } from './log';
import { buildReportWorld, EVENTS_PER_COURSE } from './report-world';
import { startApi } from './service-processes';
import { BENCH_SECRETS, SETTINGS } from './settings';

export interface RequestTimes {
  runs: number;
  p50Ms: number;
  maxMs: number;
}

export interface ReportTiming {
  courses: number;
  events: number;
  buildSeconds: number;
  /** The whole cohort, unfiltered: every course and every event. */
  outcomes: RequestTimes;
  /** One municipality's courses, the question a municipality asks. */
  outcomesOneMunicipality: RequestTimes;
  outcomesCsv: RequestTimes;
  fidelity: RequestTimes;
}

const timesOf = (ms: number[]): RequestTimes => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { runs: ms.length, p50Ms: sorted[Math.floor((sorted.length - 1) / 2)], maxMs: sorted.at(-1)! };
};

/**
 * The reports on a large cohort: a fresh database filled by set-based SQL (see report-world.ts),
 * the real API as its own process, and each report asked for over HTTP `reportRuns` times after
 * one warm-up. The answer is checked to have counted every course.
 */
export async function measureReports(): Promise<ReportTiming> {
  const courses = SETTINGS.reportCourses;
  const databaseUrl = await freshBenchDatabase();
  const buildFrom = Date.now();
  const events = await withDatabase(databaseUrl, async (db) => {
    await buildReportWorld(db, courses);
    return Number((await db.query('SELECT count(*) AS n FROM course_events')).rows[0].n);
  });
  const buildSeconds = (Date.now() - buildFrom) / 1000;
  log(
    `report world written in ${buildSeconds.toFixed(0)} s: ${courses} courses, ${events} events (${EVENTS_PER_COURSE} each)`,
  );

  const api = await startApi(databaseUrl);
  const http = new HttpClient(api.baseUrl, 1);
  const token = await signDevelopmentToken(BENCH_SECRETS.JWT_SECRET, {
    sub: randomUUID(),
    roles: ['admin'],
    ttl: '2h',
  });
  const timed = async (path: string, accept = 'application/json'): Promise<RequestTimes> => {
    const ms: number[] = [];
    for (let run = 0; run <= SETTINGS.reportRuns; run++) {
      const started = process.hrtime.bigint();
      const answer = await http.send('GET', path, token, undefined, accept);
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (answer.status !== 200) throw new Error(`GET ${path} answered ${answer.status}: ${answer.body.slice(0, 500)}`);
      if (run === 0 && path === '/api/v1/reports/outcomes' && accept === 'application/json') {
        const counted = (JSON.parse(answer.body) as { courses: number }).courses;
        if (counted !== courses) throw new Error(`The outcome report counted ${counted} courses of ${courses}`);
      }
      if (run > 0) ms.push(elapsed);
    }
    return timesOf(ms);
  };
  try {
    const outcomes = await timed('/api/v1/reports/outcomes');
    log(`outcome report: p50 ${outcomes.p50Ms.toFixed(0)} ms, max ${outcomes.maxMs.toFixed(0)} ms`);
    const outcomesOneMunicipality = await timed(
      `/api/v1/reports/outcomes?municipality=${encodeURIComponent('Municipality 7')}`,
    );
    const outcomesCsv = await timed('/api/v1/reports/outcomes', 'text/csv');
    const fidelity = await timed('/api/v1/reports/fidelity');
    log(
      `one municipality p50 ${outcomesOneMunicipality.p50Ms.toFixed(0)} ms, CSV p50 ${outcomesCsv.p50Ms.toFixed(0)} ms, fidelity p50 ${fidelity.p50Ms.toFixed(0)} ms`,
    );
    return { courses, events, buildSeconds, outcomes, outcomesOneMunicipality, outcomesCsv, fidelity };
  } finally {
    http.close();
    await api.stop();
  }
}
