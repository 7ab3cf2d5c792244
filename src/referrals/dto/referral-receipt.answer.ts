import { ApiProperty } from '@nestjs/swagger';
import { ApiUuid } from '@src/openapi/answer-properties';
import type { ReferralReceipt } from '@src/referrals/referrals.service';

export class ReferralReceiptAnswer implements ReferralReceipt {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiProperty({ example: 'referral.submitted' }) state!: string;
}
