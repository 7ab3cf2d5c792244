import { getQueueToken } from '@nestjs/bullmq';
import type { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { ALL_QUEUES } from './queues';

/** Every BullMQ queue, as QueuesModule registered them; for what looks at all of them (metrics, dashboard). */
export const registeredQueues = (modules: ModuleRef): Queue[] =>
  ALL_QUEUES.map((name) => modules.get<Queue>(getQueueToken(name), { strict: false }));
