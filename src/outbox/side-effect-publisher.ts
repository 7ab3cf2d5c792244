import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { QUEUE_OF_SIDE_EFFECT, type SideEffectJob } from '@src/queues/queues';
import type { OutboxRow } from './outbox.repository';

const DAY_SECONDS = 24 * 3600;

/**
 * The job id of an outbox row: its id and the moment it was written. The id alone would repeat if
 * a database restored from a backup hands out ids again while Redis still holds the old jobs.
 * (BullMQ also refuses job ids that are integers.)
 */
export const jobIdOf = (row: Pick<OutboxRow, 'id' | 'createdAt'>) =>
  `outbox-${row.id}-${new Date(row.createdAt).getTime()}`;

/**
 * Publishes an outbox row as a BullMQ job whose id is the row's id: publishing the same row twice
 * (a relay that crashed before marking it sent) finds the job already there and adds nothing.
 */
@Injectable()
export class SideEffectPublisher {
  private readonly queues = new Map<string, Queue>();

  constructor(private readonly modules: ModuleRef) {}

  async publish(row: OutboxRow, now: number): Promise<void> {
    const job: SideEffectJob = {
      outboxId: row.id,
      courseId: row.courseId,
      eventSeq: row.eventSeq,
      params: row.payload,
      requestId: row.requestId,
    };
    await this.queueFor(row.kind).add(row.kind, job, {
      jobId: jobIdOf(row),
      delay: Math.max(0, new Date(row.dueAt).getTime() - now),
      attempts: 10,
      backoff: { type: 'exponential', delay: 1000 },
      // Completed jobs stay a week so that a late duplicate publish is still recognised. Failed
      // ones stay until retried (BullMQ's default, left unsaid: every option is stored with each
      // pending job, and the timers' steps wait by the ten thousand).
      removeOnComplete: { age: 7 * DAY_SECONDS },
    });
  }

  /**
   * Publishes an overdue row again unless its job is in hand: a lost job is added, a failed one
   * retried. Returns the job's state before ('missing' when Redis had lost it).
   */
  async republish(row: OutboxRow, now: number): Promise<string> {
    const job = await this.queueFor(row.kind).getJob(jobIdOf(row));
    if (!job) {
      await this.publish(row, now);
      return 'missing';
    }
    const state = await job.getState();
    if (state === 'failed') await job.retry('failed');
    return state;
  }

  private queueFor(kind: string): Queue {
    const name = QUEUE_OF_SIDE_EFFECT[kind];
    if (!name) throw new Error(`No queue carries the side effect "${kind}"`);
    let queue = this.queues.get(name);
    if (!queue) {
      queue = this.modules.get<Queue>(getQueueToken(name), { strict: false });
      this.queues.set(name, queue);
    }
    return queue;
  }
}
