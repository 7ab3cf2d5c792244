-- Generated from src/reports/fidelity-report.repository.ts by `npm run sql:snapshots`; do not edit.

-- FidelityReportRepository.caseManagers
WITH
managers AS (
  SELECT id, coalesce(team_id, 'no_team') AS team_id FROM staff
  WHERE 'case_manager' = ANY(roles) AND ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR municipality = $2)) SELECT s.id, s.name, m.team_id AS "teamId", s.max_caseload AS "maxCaseload"
FROM managers m JOIN staff s ON s.id = m.id ORDER BY m.team_id, s.name, s.id;

-- FidelityReportRepository.openCourses
WITH
managers AS (
  SELECT id, coalesce(team_id, 'no_team') AS team_id FROM staff
  WHERE 'case_manager' = ANY(roles) AND ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR municipality = $2)),
open AS (
  SELECT c.id, c.case_manager_id,
    (c.snapshot -> 'context' ->> 'lastContactAt')::timestamptz AS last_contact_at,
    coalesce(c.snapshot -> 'context' ->> 'lastReassessedAt', c.snapshot -> 'context' ->> 'planApprovedAt')::timestamptz AS cycle_start
  FROM courses c JOIN managers m ON m.id = c.case_manager_id WHERE c.phase <> 'closed')
SELECT m.team_id AS "teamId", CASE WHEN GROUPING(m.id) = 0 THEN m.id END AS "caseManagerId", count(o.id)::int AS "openCourses",
  count(o.id) FILTER (WHERE o.last_contact_at >= now() - $3 * interval '1 millisecond')::int AS contacted,
  count(o.id) FILTER (WHERE o.cycle_start + $4 * interval '1 millisecond' < now())::int AS "overdueReassessments"
FROM managers m LEFT JOIN open o ON o.case_manager_id = m.id
GROUP BY GROUPING SETS ((m.team_id), (m.team_id, m.id));

-- FidelityReportRepository.reassessments
WITH
managers AS (
  SELECT id, coalesce(team_id, 'no_team') AS team_id FROM staff
  WHERE 'case_manager' = ANY(roles) AND ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR municipality = $2))
SELECT m.team_id AS "teamId", CASE WHEN GROUPING(m.id) = 0 THEN m.id END AS "caseManagerId", count(a.id) FILTER (WHERE a.recorded_at <= a.due_at)::int AS "onTime",
  count(a.id) FILTER (WHERE a.recorded_at > a.due_at)::int AS late
FROM managers m
LEFT JOIN courses c ON c.case_manager_id = m.id
LEFT JOIN assessments a ON a.course_id = c.id AND a.kind = 'reassessment'
GROUP BY GROUPING SETS ((m.team_id), (m.team_id, m.id));

-- FidelityReportRepository.plans
WITH
managers AS (
  SELECT id, coalesce(team_id, 'no_team') AS team_id FROM staff
  WHERE 'case_manager' = ANY(roles) AND ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR municipality = $2)),
assigned AS (
  SELECT c.id, c.case_manager_id, c.closed_at,
    (c.snapshot -> 'context' ->> 'planApprovedAt')::timestamptz AS approved_at,
    (c.snapshot -> 'context' ->> 'assignedAt')::timestamptz + $3 * interval '1 millisecond' AS due_at
  FROM courses c JOIN managers m ON m.id = c.case_manager_id)
SELECT m.team_id AS "teamId", CASE WHEN GROUPING(m.id) = 0 THEN m.id END AS "caseManagerId", count(a.id) FILTER (WHERE a.approved_at <= a.due_at)::int AS "onTime",
  count(a.id) FILTER (WHERE a.approved_at > a.due_at OR (a.approved_at IS NULL AND coalesce(a.closed_at, now()) > a.due_at))::int AS late
FROM managers m LEFT JOIN assigned a ON a.case_manager_id = m.id
GROUP BY GROUPING SETS ((m.team_id), (m.team_id, m.id));

-- FidelityReportRepository.waits
WITH
managers AS (
  SELECT id, coalesce(team_id, 'no_team') AS team_id FROM staff
  WHERE 'case_manager' = ANY(roles) AND ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR municipality = $2)),
waitlisted AS (
  SELECT e.course_id, c.case_manager_id, min(e.occurred_at) AS since, max(e.seq) AS last_seq
  FROM course_events e JOIN courses c ON c.id = e.course_id JOIN managers m ON m.id = c.case_manager_id
  WHERE e.resulting_state = 'visitation.waitlisted'
  GROUP BY e.course_id, c.case_manager_id),
waited AS (
  -- The next event looked up by its key for each of the few waits (a wait still going has none),
  -- rather than the whole log joined.
  SELECT w.case_manager_id,
    extract(epoch FROM (SELECT e.occurred_at FROM course_events e WHERE e.course_id = w.course_id AND e.seq = w.last_seq + 1) - w.since) / 86400 AS days
  FROM waitlisted w)
SELECT m.team_id AS "teamId", CASE WHEN GROUPING(m.id) = 0 THEN m.id END AS "caseManagerId", count(w.days)::int AS waits,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY w.days) AS "medianDays"
FROM managers m LEFT JOIN waited w ON w.case_manager_id = m.id
GROUP BY GROUPING SETS ((m.team_id), (m.team_id, m.id));

-- FidelityReportRepository.waitingNow
WITH
managers AS (
  SELECT id, coalesce(team_id, 'no_team') AS team_id FROM staff
  WHERE 'case_manager' = ANY(roles) AND ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR municipality = $2))
SELECT waitlist_team_id AS "teamId", count(*)::int AS waiting FROM courses
WHERE state = 'visitation.waitlisted' AND waitlist_team_id IN (SELECT team_id FROM managers)
GROUP BY 1;
