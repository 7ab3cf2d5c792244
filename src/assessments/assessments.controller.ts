import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { ApiConflict, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { uuidParam } from '@src/problems/uuid-param';
import type { Assessment } from './assessments.repository';
import { AssessmentsService, type RecordedAssessment } from './assessments.service';
import { AssessmentAnswer, RecordedAssessmentAnswer } from './dto/assessment.answer';
import { RecordAssessmentDto } from './dto/record-assessment.dto';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('courses/:id/assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post()
  @ApiOperation({
    summary: 'Record the baseline (in planning) or a reassessment (ends the reassessment phase in nextPhase)',
  })
  @ApiCreatedResponse({ type: RecordedAssessmentAnswer })
  @ApiConflict(
    '`baseline-not-in-planning`: a baseline is recorded in the planning phase only.',
    '`baseline-exists`: the course has its baseline.',
    ...COURSE_EVENT_CONFLICTS,
  )
  @AcceptsIfMatch()
  record(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: RecordAssessmentDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<RecordedAssessment> {
    return this.assessments.record(caller, id, body, expectedVersion);
  }

  @Get()
  @ApiOperation({ summary: "The course's assessments, oldest first" })
  @ApiOkResponse({ type: [AssessmentAnswer] })
  list(@Param('id', uuidParam()) id: string): Promise<Assessment[]> {
    return this.assessments.list(id);
  }
}
