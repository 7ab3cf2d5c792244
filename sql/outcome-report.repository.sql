-- Generated from src/reports/outcome-report.repository.ts by `npm run sql:snapshots`; do not edit.

-- OutcomeReportRepository.sections
WITH
cohort AS (
  SELECT * FROM (
    SELECT c.id, c.citizen_id, c.phase, c.case_manager_id, c.created_at, c.closed_at,
      CASE WHEN c.phase = 'closed' THEN c.snapshot -> 'context' ->> 'closureReason' END AS closure_reason,
      r.income_type, r.anchoring, z.legal_gender,
      coalesce(r.citizen_age_at_referral, date_part('year', age((c.created_at AT TIME ZONE 'UTC')::date, z.birth_date))::int) AS age
    FROM courses c
    JOIN referrals r ON r.course_id = c.id
    JOIN citizens z ON z.id = c.citizen_id
    LEFT JOIN staff referrer ON referrer.id = c.referred_by
    LEFT JOIN staff manager ON manager.id = c.case_manager_id
    WHERE ($1::timestamptz IS NULL OR c.created_at >= $1)
      AND ($2::timestamptz IS NULL OR c.created_at < $2)
      AND ($3::text IS NULL OR coalesce(manager.team_id, c.waitlist_team_id) = $3)
      AND ($4::text IS NULL OR referrer.municipality = $4)
  ) course
  WHERE $5::text IS NULL OR ($5 = '18-24' AND age BETWEEN 18 AND 24) OR ($5 = '25+' AND age >= 25)),
latest_reassessment AS (
  SELECT DISTINCT ON (a.course_id) a.course_id, a.ratings, a.housing_status
  FROM assessments a JOIN cohort c ON c.id = a.course_id
  WHERE a.kind = 'reassessment' ORDER BY a.course_id, a.recorded_at DESC, a.id DESC)
SELECT
  (SELECT coalesce(json_agg(section), '[]') FROM (SELECT count(DISTINCT citizen_id)::int AS citizens, count(*)::int AS courses FROM cohort) section) AS "totals",
  (SELECT coalesce(json_agg(section), '[]') FROM (
    WITH judged AS (
      SELECT l.housing_status AS latest,
        EXISTS (SELECT 1 FROM assessments a WHERE a.course_id = l.course_id AND a.housing_status = 'own_home') AS had_home
      FROM latest_reassessment l)
    SELECT count(*)::int AS assessed,
      count(*) FILTER (WHERE latest = 'own_home')::int AS "gotHome",
      count(*) FILTER (WHERE latest <> 'own_home' AND NOT had_home AND latest <> 'lost_home')::int AS "didNotGetHome",
      count(*) FILTER (WHERE latest <> 'own_home' AND (had_home OR latest = 'lost_home'))::int AS "lostHomeAgain"
    FROM judged) section) AS "housing",
  (SELECT coalesce(json_agg(section), '[]') FROM (
    SELECT rating.key AS domain, rating.value AS rating, count(*)::int AS count
    FROM latest_reassessment l, jsonb_each_text(l.ratings) AS rating GROUP BY 1, 2) section) AS "domainRatings",
  (SELECT coalesce(json_agg(section), '[]') FROM (
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
    HAVING coalesce(phase, closure_reason, legal_gender, age_band, income_type, started_anchoring) IS NOT NULL) section) AS "cohortCounts",
  (SELECT coalesce(json_agg(section), '[]') FROM (
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
    FROM spells WHERE left_at IS NOT NULL GROUP BY phase) section) AS "phaseSpells",
  (SELECT coalesce(json_agg(section), '[]') FROM (
    SELECT count(*)::int AS started,
      count(*) FILTER (WHERE l.ended_at IS NOT NULL AND l.ended_at IS DISTINCT FROM c.closed_at)::int AS resolved,
      count(*) FILTER (WHERE l.ended_at = c.closed_at)::int AS "endedByClosure",
      count(*) FILTER (WHERE l.ended_at IS NULL)::int AS running
    FROM escalation_ladders l JOIN cohort c ON c.id = l.course_id) section) AS "escalations";

-- OutcomeReportRepository.caseloads
SELECT s.id, s.name, s.team_id AS "teamId", s.max_caseload AS "maxCaseload", count(c.id)::int AS caseload
FROM staff s LEFT JOIN courses c ON c.case_manager_id = s.id AND c.phase <> 'closed'
WHERE 'case_manager' = ANY(s.roles) AND ($1::text IS NULL OR s.team_id = $1) AND ($2::text IS NULL OR s.municipality = $2)
GROUP BY s.id ORDER BY s.team_id, s.name, s.id;
