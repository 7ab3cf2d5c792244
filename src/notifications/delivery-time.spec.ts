import { type DeliveryPolicy, deliveryPolicyOf, parseQuietHours, planDelivery } from './delivery-time';

// Copenhagen keeps UTC+1 in winter and UTC+2 in summer; in 2026 the clocks go forward at 02:00 on
// 29 March and back at 03:00 on 25 October. Instants below carry their offset to make that visible.
const COPENHAGEN = deliveryPolicyOf({ QUIET_HOURS: '22:00-07:00', TIME_ZONE: 'Europe/Copenhagen', DIGEST_AT: '07:30' });
const at = (iso: string) => new Date(iso);

const plan = (notice: Parameters<typeof planDelivery>[0], now: string, policy: DeliveryPolicy = COPENHAGEN) => {
  const { at: deliverAt, digestAt } = planDelivery(notice, at(now), policy);
  return { at: deliverAt.toISOString(), digestAt: digestAt?.toISOString() ?? null };
};

describe('when a notification arrives', () => {
  describe('by urgency, in the middle of quiet hours (23:30)', () => {
    const night = '2026-01-15T23:30:00+01:00';
    const morning = at('2026-01-16T07:00:00+01:00').toISOString();

    it.each([
      ['a course notice (no urgency named)', {}],
      ['a course notice', { urgency: 'course' as const }],
      ['a level 2 escalation', { urgency: 'escalation' as const, level: 2 }],
      ['a level 3 escalation', { urgency: 'escalation' as const, level: 3 }],
    ])('%s arrives at once', (_, notice) => {
      expect(plan(notice, night)).toEqual({ at: at(night).toISOString(), digestAt: null });
    });

    it.each([
      ['a level 1 escalation', { urgency: 'escalation' as const, level: 1 }],
      ['an escalation that names no level (read as level 1)', { urgency: 'escalation' as const }],
    ])('%s waits for the end of quiet hours and never goes into a digest', (_, notice) => {
      expect(plan(notice, night)).toEqual({ at: morning, digestAt: null });
    });

    it('a reminder waits for the end of quiet hours, or for the next digest', () => {
      expect(plan({ urgency: 'reminder' }, night)).toEqual({
        at: morning,
        digestAt: at('2026-01-16T07:30:00+01:00').toISOString(),
      });
    });
  });

  describe('quiet hours spanning midnight (22:00-07:00)', () => {
    it.each([
      ['21:59, just before they start', '2026-01-15T21:59:00+01:00', '2026-01-15T21:59:00+01:00'],
      ['22:00, as they start', '2026-01-15T22:00:00+01:00', '2026-01-16T07:00:00+01:00'],
      ['23:59:59', '2026-01-15T23:59:59+01:00', '2026-01-16T07:00:00+01:00'],
      ['00:00, after midnight', '2026-01-16T00:00:00+01:00', '2026-01-16T07:00:00+01:00'],
      ['06:59:59.999', '2026-01-16T06:59:59.999+01:00', '2026-01-16T07:00:00+01:00'],
      ['07:00, as they end', '2026-01-16T07:00:00+01:00', '2026-01-16T07:00:00+01:00'],
      ['12:00', '2026-01-16T12:00:00+01:00', '2026-01-16T12:00:00+01:00'],
    ])('a reminder made at %s arrives at the right time', (_, now, expected) => {
      expect(plan({ urgency: 'reminder' }, now).at).toBe(at(expected).toISOString());
    });
  });

  it('quiet hours within one day (12:00-13:00) hold back only what comes inside them', () => {
    const lunch = deliveryPolicyOf({ QUIET_HOURS: '12:00-13:00', TIME_ZONE: 'Europe/Copenhagen', DIGEST_AT: '07:30' });
    expect(plan({ urgency: 'reminder' }, '2026-01-15T11:59:00+01:00', lunch).at).toBe(
      at('2026-01-15T11:59:00+01:00').toISOString(),
    );
    expect(plan({ urgency: 'reminder' }, '2026-01-15T12:30:00+01:00', lunch).at).toBe(
      at('2026-01-15T13:00:00+01:00').toISOString(),
    );
    expect(plan({ urgency: 'reminder' }, '2026-01-15T23:30:00+01:00', lunch).at).toBe(
      at('2026-01-15T23:30:00+01:00').toISOString(),
    );
  });

  it('with quiet hours switched off, a reminder arrives at once and the digest time still holds', () => {
    const alwaysOn = deliveryPolicyOf({ QUIET_HOURS: '', TIME_ZONE: 'Europe/Copenhagen', DIGEST_AT: '07:30' });
    expect(plan({ urgency: 'reminder' }, '2026-01-15T23:30:00+01:00', alwaysOn)).toEqual({
      at: at('2026-01-15T23:30:00+01:00').toISOString(),
      digestAt: at('2026-01-16T07:30:00+01:00').toISOString(),
    });
  });

  describe('the daily digest (07:30)', () => {
    it.each([
      ['07:29, the same morning', '2026-01-15T07:29:00+01:00', '2026-01-15T07:30:00+01:00'],
      ['07:30 exactly, that very digest', '2026-01-15T07:30:00+01:00', '2026-01-15T07:30:00+01:00'],
      ['07:30:01, the next morning', '2026-01-15T07:30:01+01:00', '2026-01-16T07:30:00+01:00'],
      ['15:00, the next morning', '2026-01-15T15:00:00+01:00', '2026-01-16T07:30:00+01:00'],
      ['23:30, the next morning', '2026-01-15T23:30:00+01:00', '2026-01-16T07:30:00+01:00'],
      ['02:00, the same morning', '2026-01-16T02:00:00+01:00', '2026-01-16T07:30:00+01:00'],
    ])('a reminder made at %s goes into the digest of %s', (_, now, expected) => {
      expect(plan({ urgency: 'reminder' }, now).digestAt).toBe(at(expected).toISOString());
    });

    it("gathers a day's reminders into one digest time", () => {
      const times = [
        '2026-01-15T08:00:00+01:00',
        '2026-01-15T13:12:00+01:00',
        '2026-01-15T21:45:00+01:00',
        '2026-01-16T06:00:00+01:00',
      ];
      expect(new Set(times.map((now) => plan({ urgency: 'reminder' }, now).digestAt))).toEqual(
        new Set([at('2026-01-16T07:30:00+01:00').toISOString()]),
      );
    });
  });

  describe('on the nights the clocks change in Europe/Copenhagen', () => {
    it('spring forward (29 March 2026): the short night still ends at 07:00 summer time', () => {
      expect(plan({ urgency: 'reminder' }, '2026-03-28T23:30:00+01:00')).toEqual({
        at: '2026-03-29T05:00:00.000Z',
        digestAt: '2026-03-29T05:30:00.000Z',
      });
    });

    it('fall back (25 October 2026): the long night still ends at 07:00 winter time', () => {
      expect(plan({ urgency: 'reminder' }, '2026-10-24T23:30:00+02:00')).toEqual({
        at: '2026-10-25T06:00:00.000Z',
        digestAt: '2026-10-25T06:30:00.000Z',
      });
    });

    it('the day after a change keeps the new offset', () => {
      expect(plan({ urgency: 'reminder' }, '2026-03-29T23:30:00+02:00').at).toBe('2026-03-30T05:00:00.000Z');
      expect(plan({ urgency: 'reminder' }, '2026-10-25T23:30:00+01:00').at).toBe('2026-10-26T06:00:00.000Z');
    });

    it('quiet hours that end in the skipped hour (02:30) end when the clocks jump to 03:00', () => {
      const early = deliveryPolicyOf({
        QUIET_HOURS: '22:00-02:30',
        TIME_ZONE: 'Europe/Copenhagen',
        DIGEST_AT: '02:30',
      });
      expect(plan({ urgency: 'reminder' }, '2026-03-29T01:30:00+01:00', early)).toEqual({
        at: '2026-03-29T01:00:00.000Z',
        digestAt: '2026-03-29T01:00:00.000Z',
      });
    });

    it('quiet hours that end in the repeated hour (02:30) end at whichever 02:30 comes next', () => {
      const early = deliveryPolicyOf({
        QUIET_HOURS: '22:00-02:30',
        TIME_ZONE: 'Europe/Copenhagen',
        DIGEST_AT: '07:30',
      });
      // First pass through 02:00-03:00, on summer time.
      expect(plan({ urgency: 'reminder' }, '2026-10-25T02:15:00+02:00', early).at).toBe('2026-10-25T00:30:00.000Z');
      expect(plan({ urgency: 'reminder' }, '2026-10-25T02:45:00+02:00', early).at).toBe('2026-10-25T00:45:00.000Z');
      // Second pass, on winter time: the clock reads 02:15 again, inside quiet hours again.
      expect(plan({ urgency: 'reminder' }, '2026-10-25T02:15:00+01:00', early).at).toBe('2026-10-25T01:30:00.000Z');
    });
  });

  it('reads quiet hours and the digest time in the configured time zone', () => {
    const auckland = deliveryPolicyOf({
      QUIET_HOURS: '22:00-07:00',
      TIME_ZONE: 'Pacific/Auckland',
      DIGEST_AT: '07:30',
    });
    // 23:30 in Auckland (UTC+13 in January) is 10:30 UTC, broad daylight in Copenhagen.
    expect(plan({ urgency: 'reminder' }, '2026-01-15T10:30:00Z', auckland)).toEqual({
      at: '2026-01-15T18:00:00.000Z',
      digestAt: '2026-01-15T18:30:00.000Z',
    });
    expect(plan({ urgency: 'reminder' }, '2026-01-15T10:30:00Z').at).toBe('2026-01-15T10:30:00.000Z');
  });
});

describe('reading the configuration', () => {
  it('reads quiet hours as minutes after midnight, and the empty string as none', () => {
    expect(parseQuietHours('22:00-07:00')).toEqual({ start: 22 * 60, end: 7 * 60 });
    expect(parseQuietHours('')).toBeNull();
  });
});
