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
