import { nextOccurrence, timeOfDayAt } from './zoned-clock';

const ZONE = 'Europe/Copenhagen';

describe('the local clock of a time zone', () => {
  it('reads the time of day with its offset of the season, to the millisecond', () => {
    expect(timeOfDayAt(new Date('2026-01-15T06:30:00Z'), ZONE)).toBe(7 * 60 + 30);
    expect(timeOfDayAt(new Date('2026-07-15T06:30:00Z'), ZONE)).toBe(8 * 60 + 30);
    expect(timeOfDayAt(new Date('2026-01-15T22:59:59.500Z'), ZONE)).toBeCloseTo(23 * 60 + 59 + 59.5 / 60, 10);
  });

  it('finds the next time the clock shows a time of day: the same instant, later today or tomorrow', () => {
    const morning = new Date('2026-01-15T06:30:00Z');
    expect(nextOccurrence(morning, 7 * 60 + 30, ZONE)).toEqual(morning);
    expect(nextOccurrence(morning, 8 * 60, ZONE)).toEqual(new Date('2026-01-15T07:00:00Z'));
    expect(nextOccurrence(morning, 7 * 60, ZONE)).toEqual(new Date('2026-01-16T06:00:00Z'));
  });

  it('crosses a month and a year end', () => {
    expect(nextOccurrence(new Date('2026-12-31T22:00:00Z'), 7 * 60, ZONE)).toEqual(new Date('2027-01-01T06:00:00Z'));
  });
});

describe('the local clock, remembered by quarter hour', () => {
  /** The local clock read from Intl for every instant, as milliseconds after local midnight. */
  const exactTimeOfDay = (instant: number, timeZone: string) => {
    const part = (type: string) =>
      Number(
        new Intl.DateTimeFormat('en-US', {
          timeZone,
          hourCycle: 'h23',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        })
          .formatToParts(instant)
          .find((p) => p.type === type)!.value,
      );
    return (part('hour') * 3600 + part('minute') * 60 + part('second')) * 1000 + (((instant % 1000) + 1000) % 1000);
  };

  it.each([
    ['Europe/Copenhagen', '2026-03-29T00:00:00Z', 'spring forward at 01:00 UTC'],
    ['Europe/Copenhagen', '2026-10-25T00:00:00Z', 'fall back at 01:00 UTC'],
    ['Australia/Lord_Howe', '2026-04-04T14:00:00Z', 'back by half an hour at 14:30 UTC'],
    ['Asia/Kathmandu', '1985-12-31T18:00:00Z', 'from +05:30 to +05:45 at 18:30 UTC'],
    ['Europe/Paris', '1911-03-10T22:00:00Z', 'from +00:09:21 to +00:00 at 23:50:39 UTC'],
    ['Africa/Monrovia', '1972-01-06T23:00:00Z', 'from -00:44:30 to +00:00 at 00:44:30 UTC'],
  ])('agrees with the exact clock at every instant around a change: %s, %s (%s)', (zone, from) => {
    const start = Date.parse(from);
    // Odd steps, so that instants fall anywhere in their quarter hour and on either side of the change.
    for (let instant = start; instant < start + 4 * 3600_000; instant += 7 * 60_000 + 13_017) {
      expect(timeOfDayAt(new Date(instant), zone) * 60_000).toBeCloseTo(exactTimeOfDay(instant, zone), 3);
    }
  });
});
