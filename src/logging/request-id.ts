import { randomUUID } from 'node:crypto';
import { containsCprLike } from './personal-data-scrub';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * What a proxy or a tracing system sends as a request id: letters, digits and `.`, `_`, `:`, `-`,
 * at most 128. Anything else (spaces, quotes, control characters) could forge log fields or break
 * the echoed header, and a value that looks like a CPR number must not end up in the logs.
 */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The caller's request id when it is sane, else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SANE_REQUEST_ID.test(header) && !containsCprLike(header) ? header : randomUUID();
}
