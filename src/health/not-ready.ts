import type { HealthCheckResult, HealthIndicatorResult } from '@nestjs/terminus';
import { DomainError } from '@src/problems/domain-error';

/** A readiness check that failed, as a 503 problem naming each failing check and why. */
export class NotReady extends DomainError {
  readonly status = 503;
  readonly slug = 'not-ready';
  readonly title = 'Not ready to take traffic';

  constructor(result: HealthCheckResult) {
    super(`Failing: ${describeFailures(result.error ?? {})}`);
    this.extensions.checks = result.details;
  }
}

function describeFailures(failures: Partial<HealthIndicatorResult>): string {
  return Object.entries(failures)
    .map(([name, check]) => (typeof check?.message === 'string' ? `${name} (${check.message})` : name))
    .join(', ');
}
