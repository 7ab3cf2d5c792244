import type { TimerPeriods } from '@workflows/icm-course';
import { durationMs } from '@workflows/outreach-ladder';
import type { AppConfig } from '@src/config/app-config';

/** The configured periods in milliseconds, read once. */
export const TIMER_PERIODS = Symbol('TIMER_PERIODS');

export function timerPeriodsOf(config: AppConfig): TimerPeriods {
  return {
    appointmentGrace: durationMs(config.APPOINTMENT_GRACE),
    appointmentReminderAhead: durationMs(config.APPOINTMENT_REMINDER_AHEAD),
    escalation: {
      levels: config.ESCALATION_LEVEL_DELAYS.split(',').map((delay) => durationMs(delay.trim())),
      repeatEvery: durationMs(config.ESCALATION_REPEAT_EVERY),
    },
    firstContactDue: durationMs(config.FIRST_CONTACT_DUE),
    planDue: durationMs(config.PLAN_DUE),
    reassessmentInterval: durationMs(config.REASSESSMENT_INTERVAL),
    reassessmentReminderAhead: durationMs(config.REASSESSMENT_REMINDER_AHEAD),
    noContact: durationMs(config.NO_CONTACT_REMINDER),
  };
}
