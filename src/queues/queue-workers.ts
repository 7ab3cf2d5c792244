import { WorkerHost } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Worker } from 'bullmq';

/**
 * The BullMQ workers of this process, one per processor. On shutdown they are closed first, before
 * any module closes the database or Redis: a closing worker takes no new job and waits for its
 * running ones to finish, so a stopped worker process loses no job it had started.
 */
@Injectable()
export class QueueWorkers implements BeforeApplicationShutdown {
  constructor(private readonly discovery: DiscoveryService) {}

  /** Available from onApplicationBootstrap on: @nestjs/bullmq builds the workers in onModuleInit. */
  all(): Worker[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => host.worker);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.all().map((worker) => worker.close()));
  }
}
