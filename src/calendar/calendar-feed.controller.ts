import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { CalendarFeedAddressAnswer } from './dto/calendar-feed-address.answer';
import { CalendarFeedService } from './calendar-feed.service';

@ApiTags('calendar')
@Controller()
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Post('me/calendar-feed')
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'A new secret address of your calendar feed; the previous address stops answering' })
  @ApiCreatedResponse({ type: CalendarFeedAddressAnswer })
  rotate(@CurrentCaller() caller: Caller): Promise<CalendarFeedAddressAnswer> {
    return this.feeds.rotate(caller.staffId);
  }

  @Get('calendar/:token')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Your appointments as an iCalendar feed, for a calendar client to subscribe to; the secret address is the key (no token). 404 for an unknown or replaced address',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'An iCalendar (RFC 5545) document', schema: { type: 'string' } })
  feed(@Param('token') token: string): Promise<string> {
    return this.feeds.feed(token);
  }
}
