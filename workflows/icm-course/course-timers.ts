import { stepOffsetMs } from '@workflows/outreach-ladder';
import type { CourseContext } from './course-context';

/** Reminders to the case manager (and for an overdue reassessment, the team lead). */
export const REMINDER_KINDS = [
  'appointment_upcoming',
  'first_contact_due',
  'plan_due',
  'reassessment_upcoming',
  'reassessment_overdue',
  'no_contact',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const TIMER_KINDS = ['appointment_check', 'escalation_step', ...REMINDER_KINDS] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

/** Names one timer of a course; the same key is never scheduled twice. */
export interface TimerKey {
  kind: TimerKind;
  subject: string;
}

/** A timer and the moment its period counts from. */
export interface TimerSpec extends TimerKey {
  anchor: string;
  /** The ladder step, for `escalation_step`. */
  step?: number;
}

/** Every period a timer can wait, in milliseconds; the service reads them from its configuration. */
export interface TimerPeriods {
  appointmentGrace: number;
  appointmentReminderAhead: number;
  escalation: { levels: number[]; repeatEvery: number };
  firstContactDue: number;
  planDue: number;
  reassessmentInterval: number;
  reassessmentReminderAhead: number;
  noContact: number;
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The timers a course needs right now, derived from its context alone. After every event the
 * runtime schedules the ones that are new and cancels the ones that are gone, so a timer that no
 * longer applies (a plan approved, a contact made, an appointment registered) never fires.
 */
export function timersOf(context: CourseContext): TimerSpec[] {
  if (context.closedAt) return [];
  const timers: TimerSpec[] = [];
  for (const appointment of context.appointments) {
    timers.push({
      kind: 'appointment_check',
      subject: `${appointment.id}@${appointment.endsAt}`,
      anchor: appointment.endsAt,
    });
    timers.push({
      kind: 'appointment_upcoming',
      subject: `${appointment.id}@${appointment.startsAt}`,
      anchor: appointment.startsAt,
    });
  }
  if (context.outreach) {
    const step = context.outreach.step + 1;
    timers.push({
      kind: 'escalation_step',
      subject: `${context.outreach.ladder}.${step}`,
      anchor: context.outreach.startedAt,
      step,
    });
  }
  if (context.caseManagerId && context.assignedAt) {
    const assignedAt = context.assignedAt;
    if (!context.lastContactAt || context.lastContactAt < assignedAt) {
      timers.push({ kind: 'first_contact_due', subject: assignedAt, anchor: assignedAt });
    }
    if (!context.planApprovedAt) timers.push({ kind: 'plan_due', subject: assignedAt, anchor: assignedAt });
    if (context.planApprovedAt) {
      const cycleStart = context.lastReassessedAt ?? context.planApprovedAt;
      timers.push({ kind: 'reassessment_upcoming', subject: cycleStart, anchor: cycleStart });
      timers.push({ kind: 'reassessment_overdue', subject: cycleStart, anchor: cycleStart });
    }
    const quietSince = context.lastContactAt ? later(context.lastContactAt, assignedAt) : assignedAt;
    timers.push({ kind: 'no_contact', subject: quietSince, anchor: quietSince });
  }
  return timers;
}

/** When a timer is due: its anchor plus (or, for an advance reminder, minus) its period. */
export function dueAt(timer: TimerSpec, periods: TimerPeriods): string {
  const anchor = Date.parse(timer.anchor);
  const offset: Record<TimerKind, () => number> = {
    appointment_check: () => periods.appointmentGrace,
    appointment_upcoming: () => -periods.appointmentReminderAhead,
    escalation_step: () => stepOffsetMs(periods.escalation, timer.step!),
    first_contact_due: () => periods.firstContactDue,
    plan_due: () => periods.planDue,
    reassessment_upcoming: () => periods.reassessmentInterval - periods.reassessmentReminderAhead,
    reassessment_overdue: () => periods.reassessmentInterval,
    no_contact: () => periods.noContact,
  };
  return new Date(anchor + offset[timer.kind]()).toISOString();
}

export const sameTimer = (a: TimerKey, b: TimerKey) => a.kind === b.kind && a.subject === b.subject;
