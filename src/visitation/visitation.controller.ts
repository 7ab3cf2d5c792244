import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import type { CourseTransition } from '@src/courses/course-runtime';
import { CourseTransitionAnswer } from '@src/courses/dto/course-transition.answer';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { ApiConflict, CASELOAD_FULL, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { uuidParam } from '@src/problems/uuid-param';
import { VisitationDecisionDto } from './dto/visitation-decision.dto';
import { VISITATION_DECISION_EXAMPLES } from './dto/visitation-decision.examples';
import { VisitationService } from './visitation.service';

@ApiTags('visitation')
@ApiBearerAuth()
@Controller('courses/:id/visitation')
export class VisitationController {
  constructor(private readonly visitation: VisitationService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A committee decision: approve (with a case manager, or onto the waitlist), reject (with an alternative) or request information',
  })
  @ApiBody({ type: VisitationDecisionDto, examples: VISITATION_DECISION_EXAMPLES })
  @ApiOkResponse({ type: CourseTransitionAnswer })
  @ApiConflict(...COURSE_EVENT_CONFLICTS, CASELOAD_FULL)
  @AcceptsIfMatch()
  decide(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() decision: VisitationDecisionDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<CourseTransition> {
    return this.visitation.decide(caller, id, decision, expectedVersion);
  }
}
