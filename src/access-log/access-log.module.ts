import { Module } from '@nestjs/common';
import { AccessLogRepository } from './access-log.repository';

/** The access log's storage, for whatever records reads of citizens' data (import this module). */
@Module({
  providers: [AccessLogRepository],
  exports: [AccessLogRepository],
})
export class AccessLogModule {}
