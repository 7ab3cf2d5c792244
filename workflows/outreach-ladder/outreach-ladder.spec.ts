/**
 * The outreach ladder as data: three levels from the miss, then a reminder at the last level every
 * seven days for as long as nobody has reached the citizen. It never closes a course.
 */
import { durationMs } from './iso-duration';
import { ladderStep, OUTREACH_LADDER, type OutreachLadder, stepOffsetMs } from './outreach-ladder';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('the outreach ladder', () => {
  it('asks for contact at once, an outreach visit after a day, and a case conference with the team lead after three', () => {
    expect(OUTREACH_LADDER.levels).toEqual([
      { level: 1, after: 'PT0S', task: 'attempt_contact', within: 'PT24H', notify: ['case_manager'] },
      { level: 2, after: 'PT24H', task: 'outreach_visit', notify: ['case_manager'] },
      { level: 3, after: 'PT72H', task: 'case_conference', notify: ['team_lead', 'case_manager'] },
    ]);
  });

  it('then reminds the case manager and the team lead every seven days', () => {
    expect(OUTREACH_LADDER.repeatEvery).toBe('P7D');
    expect(OUTREACH_LADDER.repeat).toEqual({ task: 'no_contact_reminder', notify: ['case_manager', 'team_lead'] });
  });

  it('has valid durations that climb', () => {
    const delays = OUTREACH_LADDER.levels.map((level) => durationMs(level.after));
    expect(delays).toEqual([0, DAY, 3 * DAY]);
    expect(durationMs(OUTREACH_LADDER.repeatEvery)).toBe(7 * DAY);
    for (const level of OUTREACH_LADDER.levels) if (level.within) expect(durationMs(level.within)).toBeGreaterThan(0);
  });
});

describe('ladderStep', () => {
  it.each([
    [1, { step: 1, reminder: 0, level: 1, task: 'attempt_contact', within: 'PT24H', notify: ['case_manager'] }],
    [2, { step: 2, reminder: 0, level: 2, task: 'outreach_visit', notify: ['case_manager'] }],
    [3, { step: 3, reminder: 0, level: 3, task: 'case_conference', notify: ['team_lead', 'case_manager'] }],
    [4, { step: 4, reminder: 1, level: 3, task: 'no_contact_reminder', notify: ['case_manager', 'team_lead'] }],
    [5, { step: 5, reminder: 2, level: 3, task: 'no_contact_reminder', notify: ['case_manager', 'team_lead'] }],
    [53, { step: 53, reminder: 50, level: 3, task: 'no_contact_reminder', notify: ['case_manager', 'team_lead'] }],
  ])('step %d of the ladder', (step, expected) => {
    expect(ladderStep(OUTREACH_LADDER, step)).toEqual(expected);
  });

  it('reads any ladder: after its last level come reminders at that level', () => {
    const short: OutreachLadder = {
      levels: [
        { level: 1, after: 'PT0S', task: 'attempt_contact', notify: ['case_manager'] },
        { level: 2, after: 'PT12H', task: 'case_conference', notify: ['team_lead'] },
      ],
      repeatEvery: 'P1D',
      repeat: { task: 'no_contact_reminder', notify: ['team_lead'] },
    };
    expect(ladderStep(short, 2)).toEqual({
      step: 2,
      reminder: 0,
      level: 2,
      task: 'case_conference',
      notify: ['team_lead'],
    });
    expect(ladderStep(short, 3)).toEqual({
      step: 3,
      reminder: 1,
      level: 2,
      task: 'no_contact_reminder',
      notify: ['team_lead'],
    });
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses step %d: steps count from 1', (step) => {
    expect(() => ladderStep(OUTREACH_LADDER, step)).toThrow(RangeError);
  });
});

describe('stepOffsetMs', () => {
  const delays = { levels: [0, DAY, 3 * DAY], repeatEvery: 7 * DAY };

  it.each([
    [1, 0],
    [2, DAY],
    [3, 3 * DAY],
    [4, 3 * DAY + 7 * DAY],
    [5, 3 * DAY + 14 * DAY],
    [13, 3 * DAY + 70 * DAY],
  ])('step %d comes %d ms after the miss', (step, offset) => {
    expect(stepOffsetMs(delays, step)).toBe(offset);
  });

  it('follows configured delays, e.g. the short ones of a demo', () => {
    const demo = { levels: [1000, 5000], repeatEvery: 2000 };
    expect([1, 2, 3, 4].map((step) => stepOffsetMs(demo, step))).toEqual([1000, 5000, 7000, 9000]);
  });
});
