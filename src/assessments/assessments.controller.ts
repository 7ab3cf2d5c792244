import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { uuidParam } from '../problems/uuid-param';
import type { Assessment } from './assessments.repository';
import { AssessmentsService, type RecordedAssessment } from './assessments.service';
import { RecordAssessmentDto } from './dto/record-assessment.dto';

@ApiTags('assessments')
@ApiBearerAuth()
@Controller('courses/:id/assessments')
export class AssessmentsController {
  constructor(private readonly assessments: AssessmentsService) {}

  @Post()
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: 'Record the baseline (in planning) or a reassessment (ends the reassessment phase in nextPhase)' })
  record(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: RecordAssessmentDto): Promise<RecordedAssessment> {
    return this.assessments.record(caller, id, body);
  }

  @Get()
  @ApiOperation({ summary: "The course's assessments, oldest first" })
  list(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<Assessment[]> {
    return this.assessments.list(caller, id);
  }
}
