import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { ApiConflict, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { PageQueryDto } from '@src/paging/page-query.dto';
import { uuidParam } from '@src/problems/uuid-param';
import type { ClosureProposal } from './closure-proposals.repository';
import { type ClosureAnswer, ClosuresService, type PendingProposal } from './closures.service';
import { ClosureProposalAnswer, ClosureStepAnswer } from './dto/closure-proposal.answer';
import { DecideClosureDto } from './dto/decide-closure.dto';
import { PendingClosureProposalAnswer } from './dto/pending-closure-proposal.answer';
import { ProposeClosureDto } from './dto/propose-closure.dto';

@ApiTags('closure')
@ApiBearerAuth()
@Controller()
export class ClosuresController {
  constructor(private readonly closures: ClosuresService) {}

  @Post('courses/:id/closure-proposals')
  @ApiOperation({ summary: "Propose closing the course with a reason; the team's leads are notified" })
  @ApiCreatedResponse({ type: ClosureStepAnswer })
  @ApiConflict(
    '`closure-pending`: a proposal for the course awaits the team lead (`proposalId`).',
    ...COURSE_EVENT_CONFLICTS,
  )
  @AcceptsIfMatch()
  propose(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: ProposeClosureDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<ClosureAnswer> {
    return this.closures.propose(caller, id, body, expectedVersion);
  }

  @Get('courses/:id/closure-proposals')
  @ApiOperation({ summary: "The course's closure proposals and their decisions, oldest first" })
  @ApiOkResponse({ type: [ClosureProposalAnswer] })
  list(@Param('id', uuidParam()) id: string): Promise<ClosureProposal[]> {
    return this.closures.list(id);
  }

  @Get('closure-proposals')
  @ApiOperation({ summary: "The closure proposals awaiting a decision on the team's courses, oldest first" })
  @ApiOkResponse({ type: [PendingClosureProposalAnswer] })
  pending(@CurrentCaller() caller: Caller, @Query() query: PageQueryDto): Promise<PendingProposal[]> {
    return this.closures.pendingForTeam(caller, query);
  }

  @Post('closure-proposals/:id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (the course closes) or reject (with a note to the proposer) a closure proposal' })
  @ApiOkResponse({ type: ClosureStepAnswer })
  @ApiConflict('`closure-decided`: the proposal has its decision already.', ...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  decide(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: DecideClosureDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<ClosureAnswer> {
    return this.closures.decide(caller, id, body, expectedVersion);
  }
}
