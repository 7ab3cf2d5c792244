import { ageOn } from '@src/citizens/cpr';
import type { HousingSituation, LegalBasis } from './referral-vocabulary';

export type Housing = 'homeless' | 'at_risk' | 'housed';

export interface EligibilitySummary {
  age: number;
  adult: boolean;
  /** 18-24: the youth group the national evaluation counted separately. */
  youth: boolean;
  problemAreas: number;
  meetsProblemAreaThreshold: boolean;
  housing: Housing;
  homelessOrAtRisk: boolean;
  section85Basis: boolean;
  /** The criteria the referral does not show; empty when it reads as the target group. */
  unmet: string[];
}

const HOUSING: Record<HousingSituation, Housing> = {
  street: 'homeless',
  shelter: 'homeless',
  temporary_stay: 'homeless',
  institution: 'at_risk',
  prison: 'at_risk',
  hospital: 'at_risk',
  other: 'at_risk',
  own_home: 'housed',
};

/**
 * What the committee reads at a glance. It advises; the committee decides (the target group also
 * includes citizens about to move into, or already in, their own home).
 */
export function summarizeEligibility(
  referral: { birthDate: string; problemAreas: string[]; housingSituation: HousingSituation; legalBasis: LegalBasis },
  minProblemAreas: number,
  today: Date,
): EligibilitySummary {
  const age = ageOn(referral.birthDate, today);
  const housing = HOUSING[referral.housingSituation];
  const summary = {
    age,
    adult: age >= 18,
    youth: age >= 18 && age <= 24,
    problemAreas: referral.problemAreas.length,
    meetsProblemAreaThreshold: referral.problemAreas.length >= minProblemAreas,
    housing,
    homelessOrAtRisk: housing !== 'housed',
    section85Basis: referral.legalBasis === 'SEL_85',
  };
  const unmet = [
    !summary.adult && 'under 18',
    !summary.meetsProblemAreaThreshold && `fewer than ${minProblemAreas} problem areas`,
    !summary.homelessOrAtRisk && 'housed and not shown at risk',
    !summary.section85Basis && 'no §85 basis',
  ].filter((reason): reason is string => Boolean(reason));
  return { ...summary, unmet };
}
