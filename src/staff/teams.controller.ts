import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { AvailableCaseManagerAnswer } from './dto/staff-member.answer';
import { TeamIdParamDto } from './dto/team-id-param.dto';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('teams')
export class TeamsController {
  constructor(private readonly staff: StaffService) {}

  @Get(':teamId/caseloads')
  @ApiOperation({
    summary: "The team's case managers with caseload and limit, full ones included (team lead: own team)",
  })
  @ApiOkResponse({ type: [AvailableCaseManagerAnswer] })
  caseloads(@CurrentCaller() caller: Caller, @Param() params: TeamIdParamDto): Promise<AvailableCaseManagerAnswer[]> {
    return this.staff.teamCaseloads(caller, params.teamId);
  }
}
