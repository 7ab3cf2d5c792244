import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { OutboxRepository } from '@src/outbox/outbox.repository';
import { scrapedGauge } from './scraped-gauge';

/** The outbox relay's backlog and publish lag, read from the outbox table at each scrape. */
@Injectable()
export class OutboxMetrics {
  constructor(registry: Registry, @InjectDataSource() dataSource: DataSource, outbox: OutboxRepository) {
    const backlog = () => outbox.backlog(dataSource.manager);
    scrapedGauge(
      registry,
      { name: 'icm_outbox_unsent_rows', help: 'Outbox rows not yet published to the queues' },
      async (gauge) => gauge.set((await backlog()).unsent),
    );
    scrapedGauge(
      registry,
      {
        name: 'icm_outbox_publish_lag_seconds',
        help: 'Age of the oldest outbox row not yet published (0 when none waits)',
      },
      async (gauge) => gauge.set((await backlog()).oldestUnsentAgeMs / 1000),
    );
  }
}
