import { ValidateBy } from 'class-validator';

/** Calendar units included: PostgreSQL reads the same text as an interval (`'P5Y'::interval`). */
const CALENDAR_DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;
const HOURS_IN_A_DAY = 24;
/** Months counted at their shortest against the longest year: what passes is a year whatever the calendar. */
const SHORTEST_MONTH_DAYS = 28;
const LONGEST_YEAR_DAYS = 366;

/**
 * True when `value` is an ISO-8601 duration that is surely at least one year long, however the
 * calendar falls: twelve months or more, or else at least 366 days with each month counted at 28.
 * The database checks the same bound again where it deletes (the access log's purge function).
 */
export function isRetentionPeriod(value: unknown): boolean {
  if (typeof value !== 'string' || value === 'P' || value.endsWith('T')) return false;
  const match = CALENDAR_DURATION.exec(value);
  if (!match) return false;
  const [years, months, weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  const allMonths = years * 12 + months;
  const leastDays =
    allMonths * SHORTEST_MONTH_DAYS + weeks * 7 + days + (hours + minutes / 60 + seconds / 3600) / HOURS_IN_A_DAY;
  return allMonths >= 12 || leastDays >= LONGEST_YEAR_DAYS;
}

export const IsRetentionPeriod = () =>
  ValidateBy({
    name: 'isRetentionPeriod',
    validator: {
      validate: isRetentionPeriod,
      defaultMessage: (args) =>
        `${args?.property} must be an ISO-8601 duration of at least one year, such as P5Y or P18M`,
    },
  });
