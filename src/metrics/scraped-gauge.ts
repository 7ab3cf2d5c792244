import { Logger } from '@nestjs/common';
import { Gauge, type Registry } from 'prom-client';
import { withinTime } from '@src/redis/within-time';

/** A scrape should answer within Prometheus's default timeout of 10 s, whatever one source does. */
const READ_TIMEOUT_MS = 3000;

const logger = new Logger('Metrics');

/**
 * A gauge read afresh from PostgreSQL or Redis at every scrape. A source that fails or is slow
 * leaves this gauge without values for that scrape rather than failing the whole scrape; the
 * readiness check tells which source is away.
 */
export function scrapedGauge<L extends string>(
  registry: Registry,
  definition: { name: string; help: string; labelNames?: L[] },
  read: (gauge: Gauge<L>) => Promise<void>,
): Gauge<L> {
  return new Gauge<L>({
    ...definition,
    registers: [registry],
    async collect() {
      this.reset();
      try {
        await withinTime(read(this), READ_TIMEOUT_MS, definition.name);
      } catch (error) {
        this.reset();
        logger.warn(`${definition.name} was not read: ${(error as Error).message}`);
      }
    },
  });
}
