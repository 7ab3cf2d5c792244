import { Injectable, ServiceUnavailableException } from '@nestjs/common';
import { type HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { MigrationsHealthIndicator } from './migrations.health';
import { NotReady } from './not-ready';
import { OutboxHealthIndicator } from './outbox.health';
import { RedisHealthIndicator } from './redis.health';

/** Whether this API process should take traffic: its dependencies up, its schema current, its outbox drained. */
@Injectable()
export class Readiness {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly outbox: OutboxHealthIndicator,
  ) {}

  async check(): Promise<HealthCheckResult> {
    try {
      return await this.health.check([
        () => this.database.pingCheck('postgres', { timeout: 2000 }),
        () => this.redis.isHealthy(),
        () => this.migrations.isApplied(),
        () => this.outbox.isKeepingUp(),
      ]);
    } catch (error) {
      if (error instanceof ServiceUnavailableException) throw new NotReady(error.getResponse() as HealthCheckResult);
      throw error;
    }
  }
}
