import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type Redis from 'ioredis';
import { AuthModule } from '@src/auth/auth.module';
import { AppConfig } from '@src/config/app-config';
import { REDIS } from '@src/redis/redis.module';
import { RateLimitCounter } from './rate-limit-counter';
import { RateLimitGuard } from './rate-limit.guard';

const MINUTE_MS = 60_000;

/**
 * Rate limits per minute, counted in Redis (RateLimitGuard). Import it before the module of the
 * access guard: global guards run in the order their modules are imported.
 */
@Module({
  imports: [AuthModule],
  providers: [
    {
      provide: RateLimitCounter,
      inject: [AppConfig, REDIS],
      useFactory: (config: AppConfig, redis: Redis) => new RateLimitCounter(redis, config.QUEUE_PREFIX, MINUTE_MS),
    },
    { provide: APP_GUARD, useClass: RateLimitGuard },
  ],
})
export class ThrottlingModule {}
