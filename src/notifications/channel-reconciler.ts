import { BackgroundLoop } from '@src/lifecycle/background-loop';
import type { ScheduledNotification } from './notifications.repository';

const EVERY_MS = 60_000;
const PAGE = 500;

/**
 * Redis may lose jobs (a restart without persistence, a failover): the database says which due
 * notifications a channel has not had, and their jobs are added again. A job still in Redis,
 * waiting, retrying or failed, keeps its id and is left as it is, so a failed one is not retried forever.
 */
export abstract class ChannelReconciler extends BackgroundLoop {
  protected abstract get configured(): boolean;
  protected abstract due(after: ScheduledNotification | null, limit: number): Promise<ScheduledNotification[]>;
  protected abstract schedule(notifications: ScheduledNotification[]): Promise<void>;

  protected async run(): Promise<void> {
    if (this.configured) await this.repeatEvery(EVERY_MS, () => this.reconcile());
  }

  /** Adds the job again for every due notification the channel has not had; returns how many it looked at. */
  async reconcile(): Promise<number> {
    if (!this.configured) return 0;
    let seen = 0;
    let after: ScheduledNotification | null = null;
    for (;;) {
      const due = await this.due(after, PAGE);
      await this.schedule(due);
      seen += due.length;
      if (due.length < PAGE) return seen;
      after = due[due.length - 1];
    }
  }
}
