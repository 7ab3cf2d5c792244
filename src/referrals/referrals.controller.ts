import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { CreateReferralDto } from './dto/create-referral.dto';
import { type ReferralReceipt, ReferralsService } from './referrals.service';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('referrals')
export class ReferralsController {
  constructor(private readonly referrals: ReferralsService) {}

  @Post()
  @Roles('caseworker')
  @ApiOperation({ summary: 'Refer a citizen to ICM; opens their course in the referral phase' })
  refer(@CurrentCaller() caller: Caller, @Body() referral: CreateReferralDto): Promise<ReferralReceipt> {
    return this.referrals.refer(caller, referral);
  }
}
