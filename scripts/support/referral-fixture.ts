import type { CreateReferralDto } from '@src/referrals/dto/create-referral.dto';

/** A referral as the API takes it: the fields of its DTO. */
export type ReferralBody = CreateReferralDto;

/** A complete, valid referral body for the tests and the benchmark; callers override what they test. */
export function referralBody(cpr: string, overrides: Partial<ReferralBody> = {}): ReferralBody {
  return {
    citizen: { cpr, name: 'Test Citizen' },
    problemAreas: ['drugs', 'mental_illness', 'economy', 'social_network'],
    housingSituation: 'shelter',
    whereabouts: 'Shelter on Sønder Allé',
    legalBasis: 'SEL_85',
    actionPlanStatus: 'in_progress',
    otherPlans: [{ kind: 'job_plan', reference: 'JC-1' }],
    incomeType: 'cash_benefit',
    reason: 'Several services involved, none coordinating',
    consent: true,
    ...overrides,
  };
}
