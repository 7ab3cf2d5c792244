import type { JobsOptions } from 'bullmq';
import type { ScheduledNotification } from './notifications.repository';

/** Enough retries to ride out a receiver that is down for hours: with a 5 s base the last waits about 85 minutes. */
const ATTEMPTS = 12;
const WEEK_SECONDS = 7 * 24 * 3600;

/** The job that carries a notification to one channel; a notification's job id is fixed, so adding it again adds nothing. */
export interface ChannelJob {
  notificationId: string;
}

/** Jobs for notifications on their way to a channel (webhook, e-mail), each delayed until it is due. */
export function channelJobsOf(
  notifications: ScheduledNotification[],
  channel: { name: string; jobIdOf: (notificationId: string) => string; retryBaseMs: number },
): { name: string; data: ChannelJob; opts: JobsOptions }[] {
  const now = Date.now();
  return notifications.map(({ id, deliverAt }) => ({
    name: channel.name,
    data: { notificationId: id },
    opts: {
      jobId: channel.jobIdOf(id),
      delay: Math.max(0, new Date(deliverAt).getTime() - now),
      attempts: ATTEMPTS,
      backoff: { type: 'exponential', delay: channel.retryBaseMs },
      // Kept a week, so that the reconciler's repeated add is recognised; failed jobs stay for someone to look at.
      removeOnComplete: { age: WEEK_SECONDS },
      removeOnFail: false,
    },
  }));
}
