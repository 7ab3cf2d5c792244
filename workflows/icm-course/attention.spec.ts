import { ATTENTION_KINDS, type Attention, attentionOf, byUrgency } from './attention';
import type { CourseContext } from './course-context';
import type { TimerPeriods } from './course-timers';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const PERIODS: TimerPeriods = {
  appointmentGrace: 2 * HOUR,
  appointmentReminderAhead: DAY,
  escalation: { levels: [0, DAY, 3 * DAY], repeatEvery: 7 * DAY },
  firstContactDue: 7 * DAY,
  planDue: 30 * DAY,
  reassessmentInterval: 90 * DAY,
  reassessmentReminderAhead: 14 * DAY,
  noContact: 14 * DAY,
};
const ASSIGNED = '2024-03-01T09:00:00.000Z';
const dayOf = (instant: string) => instant.slice(0, 10);
const after = (ms: number) => new Date(Date.parse(ASSIGNED) + ms);

/** A course assigned at ASSIGNED, contacted at once, plan approved at once: nothing due yet. */
const settled = (overrides: Partial<CourseContext> = {}): CourseContext => ({
  citizenId: 'citizen-1',
  referredBy: 'caseworker-1',
  referredAt: '2024-02-20T09:00:00.000Z',
  quorum: 1,
  approvals: ['member-a'],
  caseManagerId: 'case-manager-1',
  assignedAt: ASSIGNED,
  waitlist: null,
  planStatus: 'approved',
  planVersion: 1,
  planApprovedAt: ASSIGNED,
  lastReassessedAt: null,
  lastNoteAt: null,
  appointments: [],
  lastContactAt: ASSIGNED,
  lastContactAttemptAt: ASSIGNED,
  outreach: null,
  ladders: 0,
  closureReason: null,
  closedAt: null,
  ...overrides,
});

const kinds = (items: Attention[]) => items.map((item) => item.kind);

describe('attentionOf: what needs the case manager now', () => {
  it('is nothing for a settled course, and nothing for a closed one whatever else holds', () => {
    expect(attentionOf(settled(), PERIODS, after(DAY), dayOf)).toEqual([]);
    const closed = settled({ closedAt: ASSIGNED, lastContactAt: null, planApprovedAt: null });
    expect(attentionOf(closed, PERIODS, after(100 * DAY), dayOf)).toEqual([]);
  });

  it('names a running ladder with its level, from the first step on', () => {
    const outreach = (step: number) =>
      settled({ outreach: { ladder: 1, step, startedAt: ASSIGNED, missedAppointmentId: 'a-1' } });
    for (const [step, level] of [
      [0, 1],
      [1, 1],
      [2, 2],
      [3, 3],
      [5, 3],
    ]) {
      expect(attentionOf(outreach(step), PERIODS, after(HOUR), dayOf)).toEqual([
        { kind: 'outreach', since: ASSIGNED, level },
      ]);
    }
  });

  it('names an appointment today until its grace is over, then as unregistered', () => {
    const appointment = { id: 'a-1', startsAt: '2024-03-02T13:00:00.000Z', endsAt: '2024-03-02T14:00:00.000Z' };
    const course = settled({ appointments: [appointment] });
    expect(attentionOf(course, PERIODS, new Date('2024-03-01T23:00:00.000Z'), dayOf)).toEqual([]);
    expect(attentionOf(course, PERIODS, new Date('2024-03-02T08:00:00.000Z'), dayOf)).toEqual([
      { kind: 'appointment_today', since: appointment.startsAt, appointmentId: 'a-1' },
    ]);
    expect(attentionOf(course, PERIODS, new Date('2024-03-02T15:59:00.000Z'), dayOf)).toEqual([
      { kind: 'appointment_today', since: appointment.startsAt, appointmentId: 'a-1' },
    ]);
    expect(attentionOf(course, PERIODS, new Date('2024-03-02T16:00:00.000Z'), dayOf)).toEqual([
      { kind: 'appointment_unregistered', since: appointment.endsAt, appointmentId: 'a-1' },
    ]);
  });

  it('names each reminder from its due time on, never before', () => {
    const fresh = settled({
      lastContactAt: null,
      lastContactAttemptAt: null,
      planApprovedAt: null,
      planStatus: 'none',
    });
    expect(attentionOf(fresh, PERIODS, after(7 * DAY - 1), dayOf)).toEqual([]);
    expect(kinds(attentionOf(fresh, PERIODS, after(7 * DAY), dayOf))).toEqual(['first_contact_due']);
    expect(kinds(attentionOf(fresh, PERIODS, after(14 * DAY), dayOf))).toEqual(['first_contact_due', 'no_contact']);
    expect(kinds(attentionOf(fresh, PERIODS, after(30 * DAY), dayOf))).toEqual([
      'first_contact_due',
      'no_contact',
      'plan_due',
    ]);
  });

  it('says a reassessment is coming, then only that it is overdue', () => {
    const contacted = (at: Date) => settled({ lastContactAt: at.toISOString() });
    const upcoming = after(76 * DAY);
    expect(kinds(attentionOf(contacted(upcoming), PERIODS, upcoming, dayOf))).toEqual(['reassessment_upcoming']);
    const overdue = after(90 * DAY);
    expect(kinds(attentionOf(contacted(overdue), PERIODS, overdue, dayOf))).toEqual(['reassessment_overdue']);
  });

  it('puts the most urgent first: outreach, unregistered, today, then reminders', () => {
    const course = settled({
      lastContactAt: null,
      outreach: { ladder: 1, step: 2, startedAt: ASSIGNED, missedAppointmentId: 'a-0' },
      appointments: [
        {
          id: 'a-2',
          startsAt: after(20 * DAY + 10 * HOUR).toISOString(),
          endsAt: after(20 * DAY + 11 * HOUR).toISOString(),
        },
        { id: 'a-1', startsAt: after(DAY).toISOString(), endsAt: after(DAY + HOUR).toISOString() },
      ],
    });
    expect(kinds(attentionOf(course, PERIODS, after(20 * DAY), dayOf))).toEqual([
      'outreach',
      'appointment_unregistered',
      'appointment_today',
      'first_contact_due',
      'no_contact',
    ]);
  });
});

describe('byUrgency', () => {
  it('orders by kind, then the higher level, then the longer waiting', () => {
    const items: Attention[] = [
      { kind: 'no_contact', since: '2024-01-02' },
      { kind: 'outreach', since: '2024-01-05', level: 1 },
      { kind: 'no_contact', since: '2024-01-01' },
      { kind: 'outreach', since: '2024-01-09', level: 3 },
    ];
    expect([...items].sort(byUrgency)).toEqual([items[3], items[1], items[2], items[0]]);
    expect(ATTENTION_KINDS[0]).toBe('outreach');
  });
});
