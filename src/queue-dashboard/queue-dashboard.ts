import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import type { RequestHandler } from 'express';
import { DASHBOARD_PATH } from './dashboard-cookie';

/** Bull Board over the given queues, as an express router to mount at DASHBOARD_PATH. */
export function queueDashboard(queues: Queue[]): RequestHandler {
  const server = new ExpressAdapter().setBasePath(DASHBOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: server });
  return server.getRouter();
}
