import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a scrape may read the metrics: anyone when no METRICS_TOKEN is configured (the port is
 * then only reachable on the internal network), else only `Authorization: Bearer <METRICS_TOKEN>`.
 */
export function mayScrape(authorization: string | undefined, token: string | undefined): boolean {
  if (token === undefined) return true;
  const given = Buffer.from(/^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
