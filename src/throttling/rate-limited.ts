import { DomainError } from '@src/problems/domain-error';

/** 429: the caller passed their rate limit; the Retry-After header says when to come back. */
export class RateLimited extends DomainError {
  readonly status = 429;
  readonly slug = 'rate-limited';
  readonly title = 'Too many requests';

  constructor(retryAfterSeconds: number) {
    super(`The rate limit is reached; try again in ${retryAfterSeconds} s`);
    this.extensions.retryAfter = retryAfterSeconds;
  }
}
