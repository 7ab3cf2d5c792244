import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@src/config/app-config';
import { BackgroundLoop } from '@src/lifecycle/background-loop';
import { withinTime } from '@src/redis/within-time';
import { commitWithNextStatement } from '@src/database/transaction-pipeline';
import { OutboxRepository } from './outbox.repository';
import { OutboxSignal } from './outbox-signal';
import { SideEffectPublisher } from './side-effect-publisher';

const BATCH_SIZE = 100;
const MAX_BACKOFF_MS = 30_000;
/**
 * BullMQ's connections wait for Redis rather than fail, so a publish to an absent Redis would hold
 * the batch's transaction (and its row locks) open. Past this, the batch is given up and retried.
 */
const PUBLISH_TIMEOUT_MS = 3_000;
/** Rows commit in bursts: woken by one, the relay waits this long to take the ones just behind it in the same batch. */
const GATHER_MS = 10;

/**
 * Moves committed outbox rows to BullMQ (DESIGN.md, step 4). A batch is claimed, published and
 * marked sent in one transaction: if Redis is away the transaction rolls back and the rows stay
 * unsent, to be tried again after a growing pause. Several relays can run side by side. An idle
 * relay looks every OUTBOX_POLL_MS, and at once when this process commits rows (OutboxSignal).
 */
@Injectable()
export class OutboxRelay extends BackgroundLoop {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly publisher: SideEffectPublisher,
    private readonly signal: OutboxSignal,
    private readonly config: AppConfig,
  ) {
    super();
  }

  /** Publishes one batch; returns how many rows it sent. */
  relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (db) => {
      const rows = await this.outbox.claimUnsent(db, BATCH_SIZE);
      if (rows.length === 0) return 0;
      const now = Date.now();
      // A publish that lands after the time is up is harmless: the job id is the same next time.
      await withinTime(
        Promise.all(rows.map((row) => this.publisher.publish(row, now))),
        PUBLISH_TIMEOUT_MS,
        'Redis (taking the batch)',
      );
      await commitWithNextStatement(db);
      await this.outbox.markSent(
        db,
        rows.map((row) => row.id),
      );
      return rows.length;
    });
  }

  protected async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        const sent = await this.relayOnce();
        failures = 0;
        if (sent < BATCH_SIZE) {
          await this.signal.waitForRows(this.config.OUTBOX_POLL_MS, this.stopSignal);
          await this.pause(GATHER_MS);
        }
      } catch (error) {
        failures++;
        const pause = Math.min(MAX_BACKOFF_MS, this.config.OUTBOX_POLL_MS * 2 ** failures);
        this.logger.warn(`Outbox relay failed (${(error as Error).message}); retrying in ${pause} ms`);
        await this.pause(pause);
      }
    }
  }
}
