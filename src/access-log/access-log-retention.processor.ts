import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@src/config/app-config';
import { ACCESS_LOG_RETENTION_QUEUE } from '@src/queues/queues';
import { AccessLogRepository } from './access-log.repository';

/** Purges the access log rows older than ACCESS_LOG_RETENTION; running it twice purges nothing more. */
@Processor(ACCESS_LOG_RETENTION_QUEUE)
export class AccessLogRetentionProcessor extends WorkerHost {
  private readonly logger = new Logger(AccessLogRetentionProcessor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogRepository,
    private readonly config: AppConfig,
  ) {
    super();
  }

  async process(): Promise<{ purged: number }> {
    const purged = await this.accessLog.purgeExpired(this.dataSource.manager, this.config.ACCESS_LOG_RETENTION);
    this.logger.log(`Purged ${purged} access log rows older than ${this.config.ACCESS_LOG_RETENTION}`);
    return { purged };
  }
}
