import { ValidationFailed } from '@src/problems/domain-error';

/** The course version a client read, from `If-Match` (`"3"`, `3` or `W/"3"`): a stale one is a 409 later. */
export function parseIfMatch(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const version = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim())?.[1];
  if (!version) throw new ValidationFailed([{ field: 'If-Match', messages: ['must be the course version, e.g. "3"'] }]);
  return Number(version);
}
