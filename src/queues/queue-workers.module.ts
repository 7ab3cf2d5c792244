import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueWorkers } from './queue-workers';

/** The worker process's BullMQ workers, and their closing first on shutdown. */
@Module({
  imports: [DiscoveryModule],
  providers: [QueueWorkers],
  exports: [QueueWorkers],
})
export class QueueWorkersModule {}
