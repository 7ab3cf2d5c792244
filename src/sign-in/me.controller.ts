import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { StaffMemberAnswer } from '@src/staff/dto/staff-member.answer';
import type { StaffMember } from '@src/staff/staff.repository';
import { StaffService } from '@src/staff/staff.service';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @ApiOperation({ summary: 'The signed-in staff member, with their roles, team and caseload' })
  @ApiOkResponse({ type: StaffMemberAnswer })
  me(@CurrentCaller() caller: Caller): Promise<StaffMember> {
    return this.staff.get(caller, caller.staffId);
  }
}
