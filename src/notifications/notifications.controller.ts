import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { NotFound } from '@src/problems/domain-error';
import { uuidParam } from '@src/problems/uuid-param';
import { PageQueryDto } from '@src/paging/page-query.dto';
import { InboxAnswer } from './dto/inbox.answer';
import { NotificationsRepository } from './notifications.repository';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notifications')
export class NotificationsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsRepository,
  ) {}

  @Get()
  @ApiOperation({ summary: "The caller's notifications delivered so far, unread first, latest first" })
  @ApiOkResponse({ type: InboxAnswer })
  inbox(@CurrentCaller() caller: Caller, @Query() page: PageQueryDto): Promise<InboxAnswer> {
    return this.notifications.inbox(this.dataSource.manager, caller.staffId, page);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of your notifications as read' })
  @ApiNoContentResponse({ description: 'Read (reading it again changes nothing)' })
  async markRead(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<void> {
    if (!(await this.notifications.markRead(this.dataSource.manager, caller.staffId, id)))
      throw new NotFound('Notification', id);
  }
}
