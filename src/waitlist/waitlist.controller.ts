import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/decorators';
import { maskedCpr } from '../citizens/cpr';
import { AvailableCaseManagersQueryDto } from '../staff/dto/available-case-managers-query.dto';
import { WaitlistRepository } from './waitlist.repository';

@ApiTags('visitation')
@ApiBearerAuth()
@Controller('waitlist')
export class WaitlistController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waitlist: WaitlistRepository,
  ) {}

  @Get()
  @Roles('team_lead', 'committee_member')
  @ApiOperation({ summary: 'Approved citizens awaiting a case manager, in the order they will be offered, with days waited' })
  async list(@Query() query: AvailableCaseManagersQueryDto) {
    const entries = await this.waitlist.list(this.dataSource.manager, query.teamId);
    return entries.map(({ birthDate, ...entry }) => ({ ...entry, citizen: { cpr: maskedCpr(birthDate) } }));
  }
}
