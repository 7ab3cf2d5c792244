/** Periods are configured as ISO-8601 durations; only units of fixed length are accepted. */
import { durationMs, InvalidDuration, isIsoDuration } from './iso-duration';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('durationMs', () => {
  it.each([
    ['PT0S', 0],
    ['P0D', 0],
    ['PT24H', DAY],
    ['PT72H', 3 * DAY],
    ['PT90M', 90 * MINUTE],
    ['PT1M', MINUTE],
    ['PT45S', 45 * SECOND],
    ['P7D', 7 * DAY],
    ['P1DT12H', 1.5 * DAY],
    ['P1DT2H3M4S', DAY + 2 * HOUR + 3 * MINUTE + 4 * SECOND],
    ['P1W', 7 * DAY],
    ['P2W', 14 * DAY],
    ['PT1.5S', 1500],
    ['PT0.25S', 250],
    ['PT0.0004S', 0],
  ])('%s is %d ms', (iso, ms) => {
    expect(durationMs(iso)).toBe(ms);
    expect(isIsoDuration(iso)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['P', 'no amount at all'],
    ['PT', 'a time designator without a time'],
    ['P1DT', 'a time designator without a time, after a day'],
    ['P1M', 'months have no fixed length'],
    ['P1Y', 'years have no fixed length'],
    ['P1Y2M3D', 'years and months, even with days'],
    ['PT1.5H', 'decimals only for seconds'],
    ['P1.5D', 'decimals only for seconds'],
    ['PT.5S', 'a decimal needs its integer part'],
    ['PT1H30', 'a number without a unit'],
    ['24H', 'no P'],
    ['pt24h', 'lower case'],
    ['-PT1H', 'negative'],
    ['PT24H ', 'trailing space'],
    ['P1D1W', 'units out of order'],
  ])('%j is refused (%s)', (iso) => {
    expect(() => durationMs(iso)).toThrow(InvalidDuration);
    expect(() => durationMs(iso)).toThrow(`"${iso}" is not an ISO-8601 duration`);
    expect(isIsoDuration(iso)).toBe(false);
  });
});
