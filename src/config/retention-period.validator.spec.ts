import { isRetentionPeriod } from './retention-period.validator';

describe('a retention period is at least a year', () => {
  it.each(['P5Y', 'P1Y', 'P12M', 'P18M', 'P1Y6M', 'P366D', 'P53W', 'P11M60D', 'PT8784H'])('takes %s', (period) => {
    expect(isRetentionPeriod(period)).toBe(true);
  });

  it.each(['P11M', 'P11M30D', 'P365D', 'P52W', 'PT8760H', 'P0Y', 'P', 'PT', '5 years', 'P-5Y', 'p5y', '', 5])(
    'refuses %s',
    (period) => {
      expect(isRetentionPeriod(period)).toBe(false);
    },
  );
});
