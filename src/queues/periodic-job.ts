import type { Queue } from 'bullmq';
import { durationMs } from '@workflows/outreach-ladder';

/** Finished runs kept in Redis for someone to look at: a month of daily runs. */
const KEPT_RUNS = 31;

/**
 * Keeps one job scheduler in Redis that adds `jobName` to `queue` every `every` (an ISO-8601
 * duration). Each worker calls this when it starts: the scheduler's id makes it one scheduler, so
 * the job runs once a period however many workers there are, and a changed period replaces the old.
 */
export async function schedulePeriodicJob(
  queue: Queue,
  schedulerId: string,
  jobName: string,
  every: string,
): Promise<void> {
  const kept = { count: KEPT_RUNS };
  await queue.upsertJobScheduler(
    schedulerId,
    { every: durationMs(every) },
    { name: jobName, opts: { removeOnComplete: kept, removeOnFail: kept } },
  );
}
