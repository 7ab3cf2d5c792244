import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { OutboxModule } from '@src/outbox/outbox.module';
import { HealthController } from './health.controller';
import { MigrationsHealthIndicator } from './migrations.health';
import { OutboxHealthIndicator } from './outbox.health';
import { Readiness } from './readiness';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [TerminusModule.forRoot({ logger: false }), OutboxModule],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, MigrationsHealthIndicator, OutboxHealthIndicator, Readiness],
})
export class HealthModule {}
