import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AppConfig } from '@src/config/app-config';
import { workerWith } from './worker-settings';
import { ALL_QUEUES } from './queues';

/** BullMQ on the configured Redis, with every queue registered under the configured prefix. */
export function redisConnection(redisUrl: string) {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // BullMQ workers block on Redis; they must not give up on a command.
    maxRetriesPerRequest: null,
  };
}

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // Runs before any processor's worker is built (Nest's lifecycle: providers, then onModuleInit).
        BullModule.workerClass = workerWith({ lockMs: config.JOB_LOCK_MS, concurrency: config.WORKER_CONCURRENCY });
        return { connection: redisConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX };
      },
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  exports: [BullModule],
})
export class QueuesModule {}
