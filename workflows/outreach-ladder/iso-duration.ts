const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export class InvalidDuration extends Error {}

/**
 * Milliseconds of an ISO-8601 duration in weeks, days, hours, minutes and seconds. Months and
 * years have no fixed length, so they are refused rather than guessed.
 */
export function durationMs(iso: string): number {
  const match = DURATION.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T'))
    throw new InvalidDuration(`"${iso}" is not an ISO-8601 duration such as PT2H or P7D`);
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return Math.round(weeks * 7 * DAY + days * DAY + hours * HOUR + minutes * MINUTE + seconds * SECOND);
}

export const isIsoDuration = (value: string): boolean => {
  try {
    durationMs(value);
    return true;
  } catch {
    return false;
  }
};
