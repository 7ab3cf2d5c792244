import type { ReportFiltersDto } from './dto/report-filters.dto';

/**
 * The citizen's whole years of age at the course's referral, in UTC like the visitation queue's
 * eligibility, from the course row `course` and the citizen row `citizen`. Pseudonymisation keeps
 * it on the referral before it erases the birth date.
 */
export const ageAtReferral = (course: string, citizen: string) =>
  `date_part('year', age((${course}.created_at AT TIME ZONE 'UTC')::date, ${citizen}.birth_date))::int`;

/**
 * The courses a report counts, as a CTE every section's query starts from. It takes the filters
 * as $1-$5 (see `cohortParams`); a section's own parameters follow from $6.
 */
export const COHORT = `
  cohort AS (
    SELECT * FROM (
      SELECT c.id, c.citizen_id, c.phase, c.case_manager_id, c.created_at, c.closed_at,
             CASE WHEN c.phase = 'closed' THEN c.snapshot -> 'context' ->> 'closureReason' END AS closure_reason,
             r.income_type, r.anchoring, z.legal_gender,
             coalesce(r.citizen_age_at_referral, ${ageAtReferral('c', 'z')}) AS age
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
    WHERE $5::text IS NULL OR ($5 = '18-24' AND age BETWEEN 18 AND 24) OR ($5 = '25+' AND age >= 25))`;

export const cohortParams = (filters: ReportFiltersDto): unknown[] => [
  filters.from ?? null,
  filters.to ?? null,
  filters.teamId ?? null,
  filters.municipality ?? null,
  filters.ageGroup ?? null,
];
