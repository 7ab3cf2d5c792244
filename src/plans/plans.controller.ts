import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { ValidationFailed } from '../problems/domain-error';
import { uuidParam } from '../problems/uuid-param';
import { DraftPlanDto } from './dto/draft-plan.dto';
import type { PlanVersion } from './plans.repository';
import { PlansService } from './plans.service';

const versionParam = new ParseIntPipe({ exceptionFactory: () => new ValidationFailed([{ field: 'version', messages: ['must be a whole number'] }]) });

@ApiTags('plans')
@ApiBearerAuth()
@Controller('courses/:id/plan')
export class PlansController {
  constructor(private readonly plans: PlansService) {}

  @Post()
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: "Draft a new version of the citizen's plan (planning phase)" })
  draft(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: DraftPlanDto) {
    return this.plans.draft(caller, id, body);
  }

  @Post('approval')
  @HttpCode(200)
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: 'Approve the latest drafted version: the course moves on to coordination' })
  approve(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string) {
    return this.plans.approve(caller, id);
  }

  @Get()
  @ApiOperation({ summary: 'The latest plan version, with the services as they stand now' })
  current(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<PlanVersion> {
    return this.plans.current(caller, id);
  }

  @Get('versions')
  @ApiOperation({ summary: 'Every plan version as drafted, oldest first' })
  versions(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<PlanVersion[]> {
    return this.plans.versions(caller, id);
  }

  @Get('versions/:version')
  @ApiOperation({ summary: 'One plan version as drafted' })
  version(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Param('version', versionParam) version: number): Promise<PlanVersion> {
    return this.plans.version(caller, id, version);
  }
}
