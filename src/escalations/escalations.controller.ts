import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import type { CourseTransition } from '@src/courses/course-runtime';
import { CourseTransitionAnswer } from '@src/courses/dto/course-transition.answer';
import { ApiConflict, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { uuidParam } from '@src/problems/uuid-param';
import { AcknowledgeEscalationDto } from './dto/acknowledge-escalation.dto';
import { EscalationsQueryDto } from './dto/escalations-query.dto';
import { LadderAnswer } from './dto/ladder.answer';
import { OutOfContactAnswer } from './dto/out-of-contact.answer';
import type { OutOfContact } from './escalations.repository';
import { EscalationsService, type LadderView } from './escalations.service';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller()
export class EscalationsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Get('courses/:id/escalations')
  @ApiOperation({ summary: "The course's outreach ladders: levels, due and fired times, acknowledgements, status" })
  @ApiOkResponse({ type: [LadderAnswer] })
  ofCourse(@Param('id', uuidParam()) id: string): Promise<LadderView[]> {
    return this.escalations.ofCourse(id);
  }

  @Post('courses/:id/escalations/acknowledgements')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Acknowledge a reached level with a planned action (shown to the team lead); only a successful contact ends the ladder',
  })
  @ApiOkResponse({ type: CourseTransitionAnswer })
  @ApiConflict(...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  acknowledge(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: AcknowledgeEscalationDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<CourseTransition> {
    return this.escalations.acknowledge(caller, id, body, expectedVersion);
  }

  @Get('escalations')
  @ApiOperation({ summary: "The team's citizens out of contact (running ladders), longest first" })
  @ApiOkResponse({ type: [OutOfContactAnswer] })
  open(@CurrentCaller() caller: Caller, @Query() query: EscalationsQueryDto): Promise<OutOfContact[]> {
    return this.escalations.openForTeam(caller, query);
  }
}
