import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@src/config/app-config';
import { OutboxRepository } from '@src/outbox/outbox.repository';

/** Up while the outbox relay keeps up: few enough unsent rows, and none waiting too long. */
@Injectable()
export class OutboxHealthIndicator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly indicators: HealthIndicatorService,
    private readonly config: AppConfig,
  ) {}

  async isKeepingUp(key = 'outbox') {
    const indicator = this.indicators.check(key);
    const { READY_MAX_OUTBOX_BACKLOG: maxUnsent, READY_MAX_OUTBOX_AGE_MS: maxAgeMs } = this.config;
    try {
      const backlog = await this.outbox.backlog(this.dataSource.manager);
      if (backlog.unsent <= maxUnsent && backlog.oldestUnsentAgeMs <= maxAgeMs) return indicator.up({ ...backlog });
      const message = `${backlog.unsent} unsent rows (at most ${maxUnsent}), the oldest ${Math.round(backlog.oldestUnsentAgeMs)} ms old (at most ${maxAgeMs} ms)`;
      return indicator.down({ message, ...backlog });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
