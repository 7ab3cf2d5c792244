import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CreateReferralDto } from './dto/create-referral.dto';

@Injectable()
export class ReferralsRepository {
  async insert(
    db: EntityManager,
    referral: { courseId: string; citizenId: string; referredBy: string; details: CreateReferralDto },
  ): Promise<string> {
    const { details } = referral;
    const rows: { id: string }[] = await db.query(
      `INSERT INTO referrals (course_id, citizen_id, referred_by, problem_areas, housing_situation, whereabouts, legal_basis,
                              action_plan_status, other_plans, income_type, reason, consent_given_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now()) RETURNING id`,
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
      ],
    );
    return rows[0].id;
  }
}
