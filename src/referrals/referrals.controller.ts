import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import { Idempotent } from '@src/idempotency/idempotent.decorator';
import { ApiConflict } from '@src/openapi/api-conflict.decorator';
import type { Caller } from '@src/auth/roles';
import { uuidParam } from '@src/problems/uuid-param';
import { CreateReferralDto } from './dto/create-referral.dto';
import { QueueEntryAnswer } from './dto/queue-entry.answer';
import { ReferralReceiptAnswer } from './dto/referral-receipt.answer';
import { VisitationQueueQueryDto } from './dto/visitation-queue-query.dto';
import { type QueueEntry, type ReferralReceipt, ReferralsService } from './referrals.service';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Refer a citizen to ICM; opens their course in the referral phase' })
  @ApiCreatedResponse({ type: ReferralReceiptAnswer })
  @ApiConflict('`open-course-exists`: the citizen has an open course (`courseId`).')
  refer(@CurrentCaller() caller: Caller, @Body() referral: CreateReferralDto): Promise<ReferralReceipt> {
    return this.referrals.refer(caller, referral);
  }

  @Get()
  @ApiOperation({
    summary: 'The visitation queue, oldest first, with an eligibility summary (advice; the committee decides)',
  })
  @ApiOkResponse({ type: [QueueEntryAnswer] })
  queue(@CurrentCaller() caller: Caller, @Query() query: VisitationQueueQueryDto): Promise<QueueEntry[]> {
    return this.referrals.queue(caller, query);
  }

  @Get(':courseId')
  @ApiOperation({ summary: "A course's referral: everything the caseworker sent, with the eligibility summary" })
  @ApiOkResponse({ type: QueueEntryAnswer })
  ofCourse(@Param('courseId', uuidParam()) courseId: string): Promise<QueueEntry> {
    return this.referrals.ofCourse(courseId);
  }
}
