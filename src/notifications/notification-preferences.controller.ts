import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { NotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationPreferences } from './notification-preferences.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: NotificationPreferences) {}

  @Get()
  @ApiOperation({ summary: 'How notifications reach you' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  get(@CurrentCaller() caller: Caller): Promise<NotificationPreferencesDto> {
    return this.preferences.of(caller.staffId);
  }

  @Put()
  @ApiOperation({ summary: 'Choose how reminders reach you: one at a time, or in a daily digest' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  change(
    @CurrentCaller() caller: Caller,
    @Body() preferences: NotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.preferences.change(caller.staffId, preferences);
  }
}
