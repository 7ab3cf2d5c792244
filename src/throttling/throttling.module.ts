import { type ExecutionContext, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type Redis from 'ioredis';
import { AuthModule } from '@src/auth/auth.module';
import { AppConfig } from '@src/config/app-config';
import { staffIdOf } from '@src/logging/staff-of-request';
import { REDIS } from '@src/redis/redis.module';
import { RateLimitGuard } from './rate-limit.guard';
import { RedisThrottlerStorage } from './redis-throttler-storage';

const MINUTE_MS = 60_000;

/**
 * Rate limits per minute (RATE_LIMIT_PER_MINUTE for staff, RATE_LIMIT_ANONYMOUS_PER_MINUTE for a
 * request without a valid token), counted in Redis. Import it before the module of the access
 * guard: global guards run in the order their modules are imported.
 */
@Module({
  imports: [
    AuthModule,
    ThrottlerModule.forRootAsync({
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => ({
        storage: new RedisThrottlerStorage(redis, config.QUEUE_PREFIX),
        throttlers: [
          {
            ttl: MINUTE_MS,
            limit: (context: ExecutionContext) =>
              staffIdOf(context.switchToHttp().getRequest())
                ? config.RATE_LIMIT_PER_MINUTE
                : config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
          },
        ],
      }),
    }),
  ],
  providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
})
export class ThrottlingModule {}
