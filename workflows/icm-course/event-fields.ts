import { assertEvent } from 'xstate';
import type { CourseContext } from './course-context';
import type { CourseEvent } from './course-events';
import type { TimerKey } from './course-timers';

/** What a guard or an action's parameters of the course machine read. */
export interface MachineArgs {
  context: CourseContext;
  event: CourseEvent;
}

/** The case manager named by an approval or an assignment. */
export function namedCaseManager(event: CourseEvent): string | undefined {
  assertEvent(event, ['VISITATION_APPROVED', 'CASE_MANAGER_ASSIGNED']);
  return event.caseManagerId;
}

/** The appointment an appointment event is about. */
export function appointmentOf(event: CourseEvent): string {
  assertEvent(event, [
    'APPOINTMENT_SCHEDULED',
    'APPOINTMENT_RESCHEDULED',
    'APPOINTMENT_CANCELLED',
    'APPOINTMENT_ATTENDED',
    'APPOINTMENT_MISSED',
  ]);
  return event.appointmentId;
}

/** The timer that fired; a malformed event without one reaches the guards too, to be refused. */
export function timerOf(event: CourseEvent): TimerKey | undefined {
  assertEvent(event, ['ESCALATION_STEP_DUE', 'REMINDER_DUE']);
  return event.timer;
}
