import { Module } from '@nestjs/common';
import { AccessLogModule } from '@src/access-log/access-log.module';
import { CitizensModule } from '@src/citizens/citizens.module';
import { CalendarFeedController } from './calendar-feed.controller';
import { CalendarFeedRepository } from './calendar-feed.repository';
import { CalendarFeedService } from './calendar-feed.service';

/** The case managers' calendar feed at a secret, rotatable address. */
@Module({
  imports: [AccessLogModule, CitizensModule],
  controllers: [CalendarFeedController],
  providers: [CalendarFeedRepository, CalendarFeedService],
})
export class CalendarModule {}
