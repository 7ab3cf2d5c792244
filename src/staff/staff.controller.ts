import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import { Idempotent } from '@src/idempotency/idempotent.decorator';
import type { Caller } from '@src/auth/roles';
import { uuidParam } from '@src/problems/uuid-param';
import { AvailableCaseManagersQueryDto } from './dto/available-case-managers-query.dto';
import { CreateStaffMemberDto } from './dto/create-staff-member.dto';
import { AvailableCaseManagerAnswer, StaffMemberAnswer } from './dto/staff-member.answer';
import { UpdateCaseloadLimitDto } from './dto/update-caseload-limit.dto';
import { UpdateStaffMemberDto } from './dto/update-staff-member.dto';
import { PageQueryDto } from '@src/paging/page-query.dto';
import type { StaffMember } from './staff.repository';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @Idempotent()
  @ApiOperation({ summary: 'Add a staff member (admin)' })
  @ApiCreatedResponse({ type: StaffMemberAnswer })
  create(@Body() member: CreateStaffMemberDto): Promise<StaffMember> {
    return this.staff.create(member);
  }

  @Get()
  @ApiOperation({ summary: 'The staff directory, active and deactivated, by name (admin)' })
  @ApiOkResponse({ type: [StaffMemberAnswer] })
  directory(@Query() page: PageQueryDto): Promise<StaffMember[]> {
    return this.staff.directory(page);
  }

  // Declared before ':id' so that the path is not read as an id.
  @Get('case-managers/available')
  @ApiOperation({
    summary: 'Case managers with a free slot, most free capacity first (with includeFull=true also the full ones)',
  })
  @ApiOkResponse({ type: [AvailableCaseManagerAnswer] })
  available(@Query() query: AvailableCaseManagersQueryDto): Promise<AvailableCaseManagerAnswer[]> {
    return this.staff.availableCaseManagers(query.teamId, query.includeFull === 'true');
  }

  @Patch(':id/caseload-limit')
  @ApiOperation({
    summary: "Change a case manager's caseload limit; a raised limit offers the freed slot to the team lead",
  })
  @ApiOkResponse({ type: StaffMemberAnswer })
  updateCaseloadLimit(
    @Param('id', uuidParam()) id: string,
    @Body() body: UpdateCaseloadLimitDto,
  ): Promise<StaffMember> {
    return this.staff.updateCaseloadLimit(id, body.maxCaseload);
  }

  @Patch(':id')
  @ApiOperation({
    summary:
      "Link or unlink a member's identity at the provider, set their e-mail, deactivate or reactivate them (admin)",
  })
  @ApiOkResponse({ type: StaffMemberAnswer })
  update(@Param('id', uuidParam()) id: string, @Body() change: UpdateStaffMemberDto): Promise<StaffMember> {
    return this.staff.update(id, change);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A staff member with their current caseload (admin, or the member themself)' })
  @ApiOkResponse({ type: StaffMemberAnswer })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<StaffMember> {
    return this.staff.get(caller, id);
  }
}
