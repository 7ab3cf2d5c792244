import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import type { CourseTransition } from '../courses/course-runtime';
import { uuidParam } from '../problems/uuid-param';
import { VisitationDecisionDto } from './dto/visitation-decision.dto';
import { VisitationService } from './visitation.service';

@ApiTags('visitation')
@ApiBearerAuth()
@Controller('courses/:id/visitation')
export class VisitationController {
  constructor(private readonly visitation: VisitationService) {}

  @Post()
  @HttpCode(200)
  @Roles('committee_member')
  @ApiOperation({
    summary: 'A committee decision: approve (with a case manager, or onto the waitlist), reject (with an alternative) or request information',
  })
  decide(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() decision: VisitationDecisionDto): Promise<CourseTransition> {
    return this.visitation.decide(caller, id, decision);
  }
}
