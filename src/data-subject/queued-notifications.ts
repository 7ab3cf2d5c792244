import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { jobIdOf } from '@src/outbox/side-effect-publisher';
import { NOTIFICATIONS_QUEUE } from '@src/queues/queues';

/**
 * The copies in Redis of a course's notify side effects: each job carries its outbox row's payload
 * (whereabouts, planned actions), and BullMQ keeps a completed job a week and a failed one until
 * someone removes it. Erasure removes them with the rows; the other queues' jobs carry ids only.
 */
@Injectable()
export class QueuedNotifications {
  constructor(@InjectQueue(NOTIFICATIONS_QUEUE) private readonly queue: Queue) {}

  async remove(outboxRows: { id: string; createdAt: Date }[]): Promise<void> {
    for (const row of outboxRows) await this.queue.remove(jobIdOf(row));
  }
}
