import type { TimerPeriods, TimerSpec } from '@workflows/icm-course';
import { TIMER_DUE, TimerSchedule } from './timer-schedule';

const HOUR = 3_600_000;
const PERIODS: TimerPeriods = {
  appointmentGrace: 2 * HOUR,
  appointmentReminderAhead: 24 * HOUR,
  escalation: { levels: [0, 24 * HOUR, 72 * HOUR], repeatEvery: 168 * HOUR },
  firstContactDue: 120 * HOUR,
  planDue: 720 * HOUR,
  reassessmentInterval: 2160 * HOUR,
  reassessmentReminderAhead: 168 * HOUR,
  noContact: 336 * HOUR,
};
const MISS = '2026-11-23T10:00:00.000Z';
const step = (n: number): TimerSpec => ({ kind: 'escalation_step', subject: `1.${n}`, anchor: MISS, step: n });
const planDue: TimerSpec = {
  kind: 'plan_due',
  subject: '2026-11-01T00:00:00.000Z',
  anchor: '2026-11-01T00:00:00.000Z',
};

describe('TimerSchedule: what one event changes in the timers', () => {
  const schedule = new TimerSchedule(PERIODS);

  it('schedules the timers that are new, with their due time', () => {
    expect(schedule.change([planDue], [planDue, step(1)], undefined)).toEqual({
      fired: undefined,
      cancelled: [],
      scheduled: [{ kind: 'escalation_step', subject: '1.1', dueAt: MISS }],
    });
  });

  it('marks the timer that fired, not as cancelled, and schedules the next step', () => {
    expect(
      schedule.change([planDue, step(1)], [planDue, step(2)], { kind: 'escalation_step', subject: '1.1' }),
    ).toEqual({
      fired: { kind: 'escalation_step', subject: '1.1' },
      cancelled: [],
      scheduled: [{ kind: 'escalation_step', subject: '1.2', dueAt: '2026-11-24T10:00:00.000Z' }],
    });
  });

  it('cancels the timers that are no longer needed', () => {
    expect(schedule.change([planDue, step(2)], [], undefined)).toEqual({
      fired: undefined,
      cancelled: [
        { kind: 'plan_due', subject: planDue.subject },
        { kind: 'escalation_step', subject: '1.2' },
      ],
      scheduled: [],
    });
  });

  it('changes nothing when the timers are the same', () => {
    expect(schedule.change([planDue], [{ ...planDue }], undefined)).toEqual({
      fired: undefined,
      cancelled: [],
      scheduled: [],
    });
  });

  it('wakes each new timer with a delayed outbox row', () => {
    const change = schedule.change([], [step(1), planDue], undefined);
    expect(schedule.alarms(change)).toEqual([
      { kind: TIMER_DUE, payload: { kind: 'escalation_step', subject: '1.1' }, dueAt: MISS },
      { kind: TIMER_DUE, payload: { kind: 'plan_due', subject: planDue.subject }, dueAt: '2026-12-01T00:00:00.000Z' },
    ]);
  });
});
