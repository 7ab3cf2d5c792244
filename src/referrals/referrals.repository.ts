import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BEFORE_THE_COMMITTEE_SQL,
  callersMunicipalityStaff,
  votedOnRecentClosure,
} from '@src/courses/course-facts.repository';
import type { CreateReferralDto } from './dto/create-referral.dto';
import type { QueueStatus } from './dto/visitation-queue-query.dto';
import type { HousingSituation, LegalBasis } from './referral-vocabulary';

export interface QueuedReferral {
  id: string;
  courseId: string;
  citizenId: string;
  state: string;
  referredBy: string;
  referredAt: Date;
  birthDate: string;
  problemAreas: string[];
  housingSituation: HousingSituation;
  whereabouts: string | null;
  legalBasis: LegalBasis;
  actionPlanStatus: string;
  incomeType: string;
  reason: string;
}

/**
 * Which course states each queue status covers. The phases the states lie in are said too, so that
 * the index of courses before the committee (`courses_visitation_queue`) finds them.
 */
const STATUS_FILTER: Record<QueueStatus, string> = {
  awaiting_visitation: `c.phase IN ('referral', 'visitation') AND c.state IN ('referral.submitted', 'visitation.deliberating')`,
  information_requested: `c.phase = 'referral' AND c.state = 'referral.information_requested'`,
  decided: `c.phase <> 'referral' AND c.state <> 'visitation.deliberating'`,
};

/**
 * The courses reader `$3` may see in the queue, each kind found through an index of its own: the
 * referrals they made, and as a committee member (`$4`) those of their municipality's referrers
 * before the decision (`courses_before_the_committee_by_referrer`) and those they voted on that were
 * rejected within the review period (`$5` seconds).
 * Joined by OR in one WHERE, the three read every course in the country for each page. Taken as
 * an array, they are the page's candidates from the start: as a subquery, the planner may walk
 * every course in referral order and look each one up in them.
 */
const READERS_COURSES = `SELECT course_id FROM referrals WHERE referred_by = $3
       UNION ALL
       SELECT c.id FROM courses c
        WHERE $4 AND c.phase IN (${BEFORE_THE_COMMITTEE_SQL})
          AND c.referred_by = ANY(ARRAY(${callersMunicipalityStaff('$3')}))
       UNION ALL
       SELECT c.id FROM courses c
        WHERE $4 AND c.snapshot->'context'->>'closureReason' = 'rejected_at_visitation'
          AND c.closed_at > now() - make_interval(secs => $5) AND ${votedOnRecentClosure('$3', '$5')}`;

/** A course's referral as the committee reads it, with the citizen's birth date for the summary. */
const REFERRALS = `SELECT r.id, r.course_id AS "courseId", c.citizen_id AS "citizenId", c.state, r.referred_by AS "referredBy",
         r.created_at AS "referredAt", to_char(z.birth_date, 'YYYY-MM-DD') AS "birthDate", r.problem_areas AS "problemAreas",
         r.housing_situation AS "housingSituation", r.whereabouts, r.legal_basis AS "legalBasis",
         r.action_plan_status AS "actionPlanStatus", r.income_type AS "incomeType", r.reason
       FROM courses c
       JOIN referrals r ON r.course_id = c.id
       JOIN citizens z ON z.id = c.citizen_id`;

@Injectable()
export class ReferralsRepository {
  /** The referral that opened a course. */
  async ofCourse(db: EntityManager, courseId: string): Promise<QueuedReferral | undefined> {
    const rows = await db.query(`${REFERRALS} WHERE r.course_id = $1`, [courseId]);
    return rows[0];
  }

  async insert(
    db: EntityManager,
    referral: { courseId: string; citizenId: string; referredBy: string; details: CreateReferralDto },
  ): Promise<string> {
    const { details } = referral;
    const rows: { id: string }[] = await db.query(
      `INSERT INTO referrals (course_id, citizen_id, referred_by, problem_areas, housing_situation, whereabouts, legal_basis,
                              action_plan_status, other_plans, income_type, reason, anchoring, consent_given_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, now()) RETURNING id`,
      [
        referral.courseId,
        referral.citizenId,
        referral.referredBy,
        details.problemAreas,
        details.housingSituation,
        details.whereabouts ?? null,
        details.legalBasis,
        details.actionPlanStatus,
        JSON.stringify(details.otherPlans ?? []),
        details.incomeType,
        details.reason,
        details.anchoring ?? 'section_85_administration',
      ],
    );
    return rows[0].id;
  }

  /**
   * One page of the queue, oldest first, narrowed to what `reader` may see: the referrals they made,
   * and as a committee member the courses the access rule relates them to (course-relation.ts):
   * before the decision those of their municipality, after a rejection the ones they voted on, for
   * the review period.
   */
  async queue(
    db: EntityManager,
    status: QueueStatus,
    page: { limit: number; offset: number },
    reader: { staffId: string; asCommittee: boolean; reviewSeconds: number },
  ): Promise<QueuedReferral[]> {
    return db.query(
      `${REFERRALS}
       -- A pseudonymised citizen's referrals left the queue with their birth date.
       WHERE ${STATUS_FILTER[status]} AND z.pseudonymised_at IS NULL
         AND c.id = ANY(ARRAY(${READERS_COURSES}))
       ORDER BY c.created_at, c.id
       LIMIT $1 OFFSET $2`,
      [page.limit, page.offset, reader.staffId, reader.asCommittee, reader.reviewSeconds],
    );
  }
}
