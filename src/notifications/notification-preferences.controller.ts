import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { NotificationPreferencesAnswer, NotificationPreferencesDto } from '@src/staff/dto/notification-preferences.dto';
import { NotificationPreferences } from './notification-preferences.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  @Get()
  @ApiOperation({ summary: 'How notifications reach you' })
  @ApiOkResponse({ type: NotificationPreferencesAnswer })
  get(@CurrentCaller() caller: Caller): Promise<NotificationPreferencesAnswer> {
    return this.preferences.of(caller.staffId);
  }

  @Put()
  @ApiOperation({
    summary:
      'Choose how notifications reach you: reminders one at a time or in a daily digest, and which kinds also come by e-mail',
  })
  @ApiOkResponse({ type: NotificationPreferencesAnswer })
  change(
    @CurrentCaller() caller: Caller,
    @Body() preferences: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesAnswer> {
    return this.preferences.change(caller.staffId, preferences);
  }
}
