import { type ReferralBody, referralBody as referralOf } from '@scripts/support/referral-fixture';
import { randomCpr } from './cpr';

export type { ReferralBody };

/** A complete, valid referral of a new citizen (a random CPR number); a test overrides what it is about. */
export const referralBody = (overrides: Partial<ReferralBody> = {}): ReferralBody => referralOf(randomCpr(), overrides);
