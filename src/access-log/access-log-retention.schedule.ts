import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@src/config/app-config';
import { schedulePeriodicJob } from '@src/queues/periodic-job';
import { ACCESS_LOG_RETENTION_QUEUE } from '@src/queues/queues';

export const ACCESS_LOG_PURGE_SCHEDULER = 'access-log-purge';

/** The access log's purge, every ACCESS_LOG_PURGE_EVERY. */
@Injectable()
export class AccessLogRetentionSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(ACCESS_LOG_RETENTION_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return schedulePeriodicJob(this.queue, ACCESS_LOG_PURGE_SCHEDULER, 'purge', this.config.ACCESS_LOG_PURGE_EVERY);
  }
}
