import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { maskedCpr } from '@src/citizens/cpr';
import { Forbidden } from '@src/problems/domain-error';
import { AvailableCaseManagersQueryDto } from '@src/staff/dto/available-case-managers-query.dto';
import { StaffRepository } from '@src/staff/staff.repository';
import { WaitlistEntryAnswer } from './dto/waitlist-entry.answer';
import { WaitlistRepository } from './waitlist.repository';

@ApiTags('visitation')
@ApiBearerAuth()
@Controller('waitlist')
export class WaitlistController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waitlist: WaitlistRepository,
    private readonly staff: StaffRepository,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Approved citizens awaiting a case manager, in the order they will be offered, with days waited',
  })
  @ApiOkResponse({ type: [WaitlistEntryAnswer] })
  async list(
    @CurrentCaller() caller: Caller,
    @Query() query: AvailableCaseManagersQueryDto,
  ): Promise<WaitlistEntryAnswer[]> {
    const committeeMember = caller.roles.includes('committee_member') ? caller.staffId : undefined;
    const team = await this.teamShownTo(caller, query.teamId);
    const entries = await this.waitlist.list(this.dataSource.manager, team, committeeMember);
    return entries.map(({ birthDate, ...entry }) => ({ ...entry, citizen: { cpr: maskedCpr(birthDate) } }));
  }

  /** The committee sees every team's waitlist (of its municipality); a team lead their own team's only. */
  private async teamShownTo(caller: Caller, teamId: string | undefined): Promise<string | undefined> {
    if (caller.roles.includes('committee_member')) return teamId;
    const ownTeam = await this.staff.teamOf(this.dataSource.manager, caller.staffId);
    if (!ownTeam || (teamId && teamId !== ownTeam))
      throw new Forbidden("A team lead sees their own team's waitlist only");
    return ownTeam;
  }
}
