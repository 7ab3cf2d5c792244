import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { ApiConflict, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import type { CourseTransition } from '@src/courses/course-runtime';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { uuidParam } from '@src/problems/uuid-param';
import { versionParam } from '@src/problems/version-param';
import { DraftPlanDto } from './dto/draft-plan.dto';
import { DraftedPlanAnswer, PlanApprovalAnswer, PlanVersionAnswer } from './dto/plan-version.answer';
import type { PlanVersion } from './plans.repository';
import { type DraftedPlan, PlansService } from './plans.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('courses/:id/plan')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @ApiOperation({ summary: "Draft a new version of the citizen's plan (planning phase)" })
  @ApiCreatedResponse({ type: DraftedPlanAnswer })
  @ApiConflict(
    '`plan-drafted-meanwhile`: another version was drafted since; read it and draft again.',
    ...COURSE_EVENT_CONFLICTS,
  )
  @AcceptsIfMatch()
  draft(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: DraftPlanDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<DraftedPlan> {
    return this.plans.draft(caller, id, body, expectedVersion);
  }

  @Post('approval')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve the latest drafted version: the course moves on to coordination' })
  @ApiOkResponse({ type: PlanApprovalAnswer })
  @ApiConflict(...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  approve(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<CourseTransition & { plan: PlanVersion | null }> {
    return this.plans.approve(caller, id, expectedVersion);
  }

  @Get()
  @ApiOperation({ summary: 'The latest plan version, with the services as they stand now' })
  @ApiOkResponse({ type: PlanVersionAnswer })
  current(@Param('id', uuidParam()) id: string): Promise<PlanVersion> {
    return this.plans.current(id);
  }

  @Get('versions')
  @ApiOperation({ summary: 'Every plan version as drafted, oldest first' })
  @ApiOkResponse({ type: [PlanVersionAnswer] })
  versions(@Param('id', uuidParam()) id: string): Promise<PlanVersion[]> {
    return this.plans.versions(id);
  }

  @Get('versions/:version')
  @ApiOperation({ summary: 'One plan version as drafted' })
  @ApiOkResponse({ type: PlanVersionAnswer })
  version(
    @Param('id', uuidParam()) id: string,
    @Param('version', versionParam()) version: number,
  ): Promise<PlanVersion> {
    return this.plans.version(id, version);
  }
}
