import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { uuidParam } from '../problems/uuid-param';
import type { ClosureProposal } from './closure-proposals.repository';
import { type ClosureAnswer, ClosuresService } from './closures.service';
import { DecideClosureDto } from './dto/decide-closure.dto';
import { ProposeClosureDto } from './dto/propose-closure.dto';

@ApiTags('closure')
@ApiBearerAuth()
@Controller()
export class ClosuresController {
  constructor(private readonly closures: ClosuresService) {}

  @Post('courses/:id/closure-proposals')
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: "Propose closing the course with a reason; the team's leads are notified" })
  propose(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: ProposeClosureDto): Promise<ClosureAnswer> {
    return this.closures.propose(caller, id, body);
  }

  @Get('courses/:id/closure-proposals')
  @ApiOperation({ summary: "The course's closure proposals and their decisions, oldest first" })
  list(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<ClosureProposal[]> {
    return this.closures.list(caller, id);
  }

  @Post('closure-proposals/:id/decision')
  @HttpCode(200)
  @Roles('team_lead')
  @ApiOperation({ summary: 'Approve (the course closes) or reject (with a note to the proposer) a closure proposal' })
  decide(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: DecideClosureDto): Promise<ClosureAnswer> {
    return this.closures.decide(caller, id, body);
  }
}
