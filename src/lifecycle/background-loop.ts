import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A loop the worker runs beside its queue processors: started once the application is up, and on
 * shutdown told to stop and awaited, so that no pass is cut off halfway.
 */
export abstract class BackgroundLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private readonly stopping = new AbortController();
  private loop?: Promise<void>;

  onApplicationBootstrap(): void {
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping.abort();
    await this.loop;
  }

  protected abstract run(): Promise<void>;

  protected get stopped(): boolean {
    return this.stopping.signal.aborted;
  }

  /** Aborted when the loop is told to stop. */
  protected get stopSignal(): AbortSignal {
    return this.stopping.signal;
  }

  /** Waits, but not past a shutdown. */
  protected pause(ms: number): Promise<void> {
    return sleep(ms, undefined, { signal: this.stopping.signal }).catch(() => undefined);
  }

  /** Runs `pass` now and then every `ms` until shutdown; a failed pass is logged and the next one tries again. */
  protected async repeatEvery(ms: number, pass: () => Promise<unknown>): Promise<void> {
    while (!this.stopped) {
      await pass().catch((error: Error) =>
        this.logger.warn(`${this.constructor.name} failed (${error.message}); trying again in ${ms} ms`),
      );
      await this.pause(ms);
    }
  }
}
