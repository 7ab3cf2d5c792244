import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { uuidParam } from '../problems/uuid-param';
import { CreateStaffMemberDto } from './dto/create-staff-member.dto';
import type { StaffMember } from './staff.repository';
import { StaffService } from './staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff')
export class StaffController {
  constructor(private readonly staff: StaffService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a staff member (admin)' })
  create(@Body() member: CreateStaffMemberDto): Promise<StaffMember> {
    return this.staff.create(member);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A staff member with their current caseload (admin, or the member themself)' })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<StaffMember> {
    return this.staff.get(caller, id);
  }
}
