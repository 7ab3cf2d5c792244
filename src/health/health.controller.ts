import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, type HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Readiness } from './readiness';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly readiness: Readiness,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'PostgreSQL and Redis reachable (503 when either is not)' })
  check(): Promise<HealthCheckResult> {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: 2000 }),
      () => this.redis.isHealthy(),
    ]);
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary:
      'Ready for traffic: PostgreSQL, Redis, migrations applied, outbox backlog and lag under their limits (503 problem naming what fails)',
  })
  ready(): Promise<HealthCheckResult> {
    return this.readiness.check();
  }
}
