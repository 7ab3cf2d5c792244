import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import { Idempotent } from '../idempotency/idempotent.decorator';
import type { Caller } from '../auth/roles';
import { CreateReferralDto } from './dto/create-referral.dto';
import { VisitationQueueQueryDto } from './dto/visitation-queue-query.dto';
import { type QueueEntry, type ReferralReceipt, ReferralsService } from './referrals.service';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post()
  @Roles('caseworker')
  @Idempotent()
  @ApiOperation({ summary: 'Refer a citizen to ICM; opens their course in the referral phase' })
  refer(@CurrentCaller() caller: Caller, @Body() referral: CreateReferralDto): Promise<ReferralReceipt> {
    return this.referrals.refer(caller, referral);
  }

  @Get()
  @Roles('caseworker', 'committee_member')
  @ApiOperation({ summary: 'The visitation queue, oldest first, with an eligibility summary (advice; the committee decides)' })
  queue(@CurrentCaller() caller: Caller, @Query() query: VisitationQueueQueryDto): Promise<QueueEntry[]> {
    return this.referrals.queue(caller, query);
  }
}
