import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { COHORT } from './report-cohort';

export interface Counted {
  key: string;
  count: number;
}

export interface CaseloadRow {
  id: string;
  name: string;
  teamId: string | null;
  maxCaseload: number;
  caseload: number;
}

/** What each section's query answers: its rows, as JSON. */
export interface OutcomeSections {
  totals: [{ citizens: number; courses: number }];
  housing: [{ assessed: number; gotHome: number; didNotGetHome: number; lostHomeAgain: number }];
  domainRatings: { domain: string; rating: string; count: number }[];
  cohortCounts: {
    dimension: 'phase' | 'closureReason' | 'gender' | 'ageBand' | 'incomeType' | 'startedByAnchoring';
    key: string;
    count: number;
  }[];
  phaseSpells: { phase: string; spells: number; medianDays: number | null }[];
  escalations: [{ started: number; resolved: number; endedByClosure: number; running: number }];
}

/**
 * One query per section of the outcome report, each over the filtered cohort and set-based (no
 * course is read on its own). They run as one statement, so that the cohort is worked out once and
 * every section counts the same courses.
 */
const SECTIONS: Record<keyof OutcomeSections, string> = {
  totals: `SELECT count(DISTINCT citizen_id)::int AS citizens, count(*)::int AS courses FROM cohort`,

  // Courses with a reassessment, by the latest one's housing: a home; a home had at some assessment
  // (or lost_home) but not now; or no home at any assessment.
  housing: `
    WITH judged AS (
      SELECT l.housing_status AS latest,
             EXISTS (SELECT 1 FROM assessments a WHERE a.course_id = l.course_id AND a.housing_status = 'own_home') AS had_home
      FROM latest_reassessment l)
    SELECT count(*)::int AS assessed,
           count(*) FILTER (WHERE latest = 'own_home')::int AS "gotHome",
           count(*) FILTER (WHERE latest <> 'own_home' AND NOT had_home AND latest <> 'lost_home')::int AS "didNotGetHome",
           count(*) FILTER (WHERE latest <> 'own_home' AND (had_home OR latest = 'lost_home'))::int AS "lostHomeAgain"
    FROM judged`,

  // Each domain's rating in every course's latest reassessment.
  domainRatings: `
    SELECT rating.key AS domain, rating.value AS rating, count(*)::int AS count
    FROM latest_reassessment l, jsonb_each_text(l.ratings) AS rating GROUP BY 1, 2`,

  // The cohort by phase, closure reason, background, and the anchoring of courses that got a case manager.
  cohortCounts: `
    WITH banded AS (
      SELECT phase, closure_reason, legal_gender, income_type,
             CASE WHEN age < 18 THEN 'under_18' WHEN age <= 24 THEN '18-24' WHEN age <= 29 THEN '25-29' ELSE '30+' END AS age_band,
             CASE WHEN case_manager_id IS NOT NULL THEN anchoring END AS started_anchoring
      FROM cohort)
    SELECT CASE WHEN GROUPING(phase) = 0 THEN 'phase' WHEN GROUPING(closure_reason) = 0 THEN 'closureReason'
                WHEN GROUPING(legal_gender) = 0 THEN 'gender' WHEN GROUPING(age_band) = 0 THEN 'ageBand'
                WHEN GROUPING(income_type) = 0 THEN 'incomeType' ELSE 'startedByAnchoring' END AS dimension,
           coalesce(phase, closure_reason, legal_gender, age_band, income_type, started_anchoring) AS key, count(*)::int AS count
    FROM banded
    GROUP BY GROUPING SETS ((phase), (closure_reason), (legal_gender), (age_band), (income_type), (started_anchoring))
    HAVING coalesce(phase, closure_reason, legal_gender, age_band, income_type, started_anchoring) IS NOT NULL`,

  // A spell is the time from the event that moved a course into a phase to the next that moved it
  // out (the event log's resulting_phase). Spells still running are not counted.
  phaseSpells: `
    WITH events AS (
      SELECT e.course_id, e.seq, e.occurred_at, e.resulting_phase,
             lag(e.resulting_phase) OVER (PARTITION BY e.course_id ORDER BY e.seq) AS previous_phase
      FROM course_events e JOIN cohort c ON c.id = e.course_id),
    spells AS (
      SELECT resulting_phase AS phase, occurred_at AS entered_at,
             lead(occurred_at) OVER (PARTITION BY course_id ORDER BY seq) AS left_at
      FROM events WHERE previous_phase IS DISTINCT FROM resulting_phase)
    SELECT phase, count(*)::int AS spells,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM left_at - entered_at) / 86400) AS "medianDays"
    FROM spells WHERE left_at IS NOT NULL GROUP BY phase`,

  // Outreach ladders of the cohort: a ladder that ended before its course closed was ended by a contact.
  escalations: `
    SELECT count(*)::int AS started,
           count(*) FILTER (WHERE l.ended_at IS NOT NULL AND l.ended_at IS DISTINCT FROM c.closed_at)::int AS resolved,
           count(*) FILTER (WHERE l.ended_at = c.closed_at)::int AS "endedByClosure",
           count(*) FILTER (WHERE l.ended_at IS NULL)::int AS running
    FROM escalation_ladders l JOIN cohort c ON c.id = l.course_id`,
};

/** Each cohort course's latest reassessment, which the housing and the domains both judge by. */
const LATEST_REASSESSMENT = `
  latest_reassessment AS (
    SELECT DISTINCT ON (a.course_id) a.course_id, a.ratings, a.housing_status
    FROM assessments a JOIN cohort c ON c.id = a.course_id
    WHERE a.kind = 'reassessment' ORDER BY a.course_id, a.recorded_at DESC, a.id DESC)`;

const ALL_SECTIONS = `WITH ${COHORT}, ${LATEST_REASSESSMENT}
SELECT
${Object.entries(SECTIONS)
  .map(([name, query]) => `(SELECT coalesce(json_agg(section), '[]') FROM (${query}) section) AS "${name}"`)
  .join(',\n')}`;

@Injectable()
export class OutcomeReportRepository {
  async sections(db: EntityManager, cohort: unknown[]): Promise<OutcomeSections> {
    const [row] = await db.query(ALL_SECTIONS, cohort);
    return row;
  }

  /** Today's open courses of each case manager of the team and municipality asked for (their own). */
  async caseloads(db: EntityManager, teamId: string | null, municipality: string | null): Promise<CaseloadRow[]> {
    return db.query(
      `SELECT s.id, s.name, s.team_id AS "teamId", s.max_caseload AS "maxCaseload", count(c.id)::int AS caseload
       FROM staff s LEFT JOIN courses c ON c.case_manager_id = s.id AND c.phase <> 'closed'
       WHERE 'case_manager' = ANY(s.roles) AND ($1::text IS NULL OR s.team_id = $1) AND ($2::text IS NULL OR s.municipality = $2)
       GROUP BY s.id ORDER BY s.team_id, s.name, s.id`,
      [teamId, municipality],
    );
  }
}
