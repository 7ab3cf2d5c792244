import { Injectable } from '@nestjs/common';

/**
 * Tells a relay in this process that outbox rows have committed, so that the notice of an
 * escalation step the worker fired leaves at once rather than at the relay's next poll. Within one
 * process only: the API has no relay, and the worker's relay still polls for the API's rows.
 */
@Injectable()
export class OutboxSignal {
  private wake?: () => void;
  /** Rows committed while no relay waited (it was busy with a batch, or there is none). */
  private missed = false;

  /** Rows have committed. */
  committed(): void {
    if (this.wake) this.wake();
    else this.missed = true;
  }

  /** Waits `ms`, or less if rows commit (or committed since the last wait) or `abort` fires meanwhile. */
  waitForRows(ms: number, abort: AbortSignal): Promise<void> {
    if (this.missed || abort.aborted) {
      this.missed = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        abort.removeEventListener('abort', done);
        if (this.wake === done) this.wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      abort.addEventListener('abort', done);
      this.wake = done;
    });
  }
}
