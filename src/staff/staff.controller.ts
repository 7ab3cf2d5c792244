import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import { Idempotent } from '../idempotency/idempotent.decorator';
import type { Caller } from '../auth/roles';
import { uuidParam } from '../problems/uuid-param';
import { AvailableCaseManagersQueryDto } from './dto/available-case-managers-query.dto';
import { CreateStaffMemberDto } from './dto/create-staff-member.dto';
import { UpdateCaseloadLimitDto } from './dto/update-caseload-limit.dto';
import type { StaffMember } from './staff.repository';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Add a staff member (admin)' })
  create(@Body() member: CreateStaffMemberDto): Promise<StaffMember> {
    return this.staff.create(member);
  }

  // Declared before ':id' so that the path is not read as an id.
  @Get('case-managers/available')
  @Roles('committee_member', 'team_lead', 'admin')
  @ApiOperation({ summary: 'Case managers with a free slot, most free capacity first' })
  available(@Query() query: AvailableCaseManagersQueryDto) {
    return this.staff.availableCaseManagers(query.teamId);
  }

  @Patch(':id/caseload-limit')
  @Roles('admin')
  @ApiOperation({ summary: "Change a case manager's caseload limit; a raised limit offers the freed slot to the team lead" })
  updateCaseloadLimit(@Param('id', uuidParam()) id: string, @Body() body: UpdateCaseloadLimitDto): Promise<StaffMember> {
    return this.staff.updateCaseloadLimit(id, body.maxCaseload);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A staff member with their current caseload (admin, or the member themself)' })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<StaffMember> {
    return this.staff.get(caller, id);
  }
}
