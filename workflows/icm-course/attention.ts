import { ladderStep, OUTREACH_LADDER } from '@workflows/outreach-ladder';
import type { CourseContext } from './course-context';
import { dueAt, type TimerPeriods, timersOf } from './course-timers';

/** What about a course needs the case manager now, most urgent kinds first. */
export const ATTENTION_KINDS = [
  'outreach',
  'appointment_unregistered',
  'appointment_today',
  'first_contact_due',
  'no_contact',
  'plan_due',
  'reassessment_overdue',
  'reassessment_upcoming',
] as const;
export type AttentionKind = (typeof ATTENTION_KINDS)[number];

export interface Attention {
  kind: AttentionKind;
  /** Since when it has needed attention (the miss, the due time, the appointment's start). */
  since: string;
  /** The outreach ladder's level, for `outreach`. */
  level?: number;
  /** The appointment concerned, for the appointment kinds. */
  appointmentId?: string;
}

const REMINDERS_DUE: AttentionKind[] = [
  'first_contact_due',
  'no_contact',
  'plan_due',
  'reassessment_overdue',
  'reassessment_upcoming',
];

/**
 * A course's attention items at `now`, most urgent first: a running outreach ladder, appointments
 * past their end and grace without attendance, appointments today (`today` is the Copenhagen day
 * as `YYYY-MM-DD`, with `dayOf` giving an instant's day), then reminders past their due time.
 * Derived from the context and the timers alone, as the reminders themselves are.
 */
export function attentionOf(
  context: CourseContext,
  periods: TimerPeriods,
  now: Date,
  dayOf: (instant: string) => string,
): Attention[] {
  if (context.closedAt) return [];
  const at = now.toISOString();
  const items: Attention[] = [];
  if (context.outreach) {
    const level = ladderStep(OUTREACH_LADDER, Math.max(1, context.outreach.step)).level;
    items.push({ kind: 'outreach', since: context.outreach.startedAt, level });
  }
  for (const appointment of context.appointments) {
    const graceOver = new Date(Date.parse(appointment.endsAt) + periods.appointmentGrace).toISOString();
    if (graceOver <= at) {
      items.push({ kind: 'appointment_unregistered', since: appointment.endsAt, appointmentId: appointment.id });
    } else if (dayOf(appointment.startsAt) === dayOf(at)) {
      items.push({ kind: 'appointment_today', since: appointment.startsAt, appointmentId: appointment.id });
    }
  }
  // An overdue reassessment makes its advance reminder redundant.
  const timers = timersOf(context).filter((timer) => REMINDERS_DUE.includes(timer.kind as AttentionKind));
  const due = timers.map((timer) => ({ kind: timer.kind as AttentionKind, since: dueAt(timer, periods) }));
  const overdue = due.filter((item) => item.since <= at);
  const reassessmentOverdue = overdue.some((item) => item.kind === 'reassessment_overdue');
  items.push(...overdue.filter((item) => !(reassessmentOverdue && item.kind === 'reassessment_upcoming')));
  return items.sort(byUrgency);
}

const rank = (item: Attention) => ATTENTION_KINDS.indexOf(item.kind);

/** Kind first; within a kind the higher ladder level, then the longer waiting. */
export function byUrgency(a: Attention, b: Attention): number {
  return rank(a) - rank(b) || (b.level ?? 0) - (a.level ?? 0) || (a.since < b.since ? -1 : a.since > b.since ? 1 : 0);
}
