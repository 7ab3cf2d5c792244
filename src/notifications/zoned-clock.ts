/**
 * Wall-clock arithmetic in a named time zone. Intl knows each zone's daylight saving changes, so
 * nothing here assumes a day of 24 hours or a fixed offset.
 */

/** A local time of day in minutes after midnight (07:30 is 450). */
export type TimeOfDay = number;

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * A zone's offsets by quarter hour of UTC time: formatting a date costs microseconds, and a notice's
 * delivery plan reads the clock a dozen times within a few quarters. No zone changes its offset
 * twice within a quarter hour, so an offset that is the same at a quarter's start and at its end
 * holds all through it; a quarter in which they differ is read exactly, instant by instant.
 */
const QUARTER_MS = 15 * MINUTE_MS;
/** About six weeks of quarters per zone; the map starts afresh beyond that. */
const KEPT_QUARTERS = 4096;
const quarterOffsets = new Map<string, Map<number, number>>();

/** The local date and time the zone's clocks show at `instant`, written as milliseconds as if it were UTC. */
function wallClockAt(instant: number, timeZone: string): number {
  let offsets = quarterOffsets.get(timeZone);
  if (!offsets) quarterOffsets.set(timeZone, (offsets = new Map()));
  const quarter = Math.floor(instant / QUARTER_MS);
  let offset = offsets.get(quarter);
  if (offset === undefined) {
    const start = quarter * QUARTER_MS;
    const end = start + QUARTER_MS - 1;
    offset = exactWallClockAt(start, timeZone) - start;
    if (exactWallClockAt(end, timeZone) - end !== offset) return exactWallClockAt(instant, timeZone);
    if (offsets.size >= KEPT_QUARTERS) offsets.clear();
    offsets.set(quarter, offset);
  }
  return instant + offset;
}

function exactWallClockAt(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatterOf(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wholeSeconds = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wholeSeconds + (((instant % 1000) + 1000) % 1000);
}

const offsetAt = (instant: number, timeZone: string) => wallClockAt(instant, timeZone) - instant;

/** The local time of day at `instant`, in (fractional) minutes after midnight. */
export function timeOfDayAt(instant: Date, timeZone: string): TimeOfDay {
  return (((wallClockAt(instant.getTime(), timeZone) % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS;
}

/**
 * The first instant at or after `from` at which the local clock shows `time`. On the night the
 * clocks go forward past `time`, that is the moment they jump; on the night they go back, `time`
 * may come twice, and the first one not before `from` counts.
 */
export function nextOccurrence(from: Date, time: TimeOfDay, timeZone: string): Date {
  const wallNow = wallClockAt(from.getTime(), timeZone);
  const localMidnight = wallNow - (((wallNow % DAY_MS) + DAY_MS) % DAY_MS);
  const today = instantsShowing(localMidnight + time * MINUTE_MS, timeZone).find(
    (instant) => instant >= from.getTime(),
  );
  return new Date(today ?? instantsShowing(localMidnight + DAY_MS + time * MINUTE_MS, timeZone)[0]);
}

/**
 * Every instant at which the clock shows `wall`, earliest first: one on most days, two in the hour
 * repeated in autumn, and, for a time the clocks skip in spring, the moment they jump past it.
 */
function instantsShowing(wall: number, timeZone: string): number[] {
  // A day either side of `wall` lies before and after any change of offset near it.
  const offsets = [...new Set([offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone)])];
  const showing = offsets.map((offset) => wall - offset).filter((instant) => wallClockAt(instant, timeZone) === wall);
  if (showing.length > 0) return showing.sort((a, b) => a - b);
  return [momentClockPasses(wall, wall - Math.max(...offsets), wall - Math.min(...offsets), timeZone)];
}

/** Binary search for the first instant in (before, after] whose clock reads `wall` or later. */
function momentClockPasses(wall: number, before: number, after: number, timeZone: string): number {
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (wallClockAt(middle, timeZone) >= wall) after = middle;
    else before = middle;
  }
  return after;
}
