import type { TimerKey } from './course-timers';
import type {
  ContactChannel,
  ReassessmentOutcome,
  RejectionAlternative,
  StaffClosureReason,
  WaitlistPriority,
} from './course-vocabulary';

/** Where an approved citizen waits when no case manager of the team has a free slot. */
export interface WaitlistPlacement {
  teamId: string;
  priority: WaitlistPriority;
}

/**
 * Every event carries who sent it and when. The runtime stamps both: the machine never reads a
 * clock, so `at` is the only time it knows.
 */
interface Stamped {
  at: string;
  actorId: string;
}

export type CourseEvent = Stamped &
  (
    | { type: 'INFO_REQUESTED'; questions: string[] }
    | { type: 'INFO_PROVIDED'; answers: string }
    | {
        type: 'VISITATION_APPROVED';
        caseManagerId?: string;
        waitlist?: WaitlistPlacement;
        reason?: string;
        caseloadOverrideReason?: string;
      }
    | { type: 'VISITATION_REJECTED'; reason: string; alternative: RejectionAlternative }
    | { type: 'CASE_MANAGER_ASSIGNED'; caseManagerId: string; caseloadOverrideReason?: string }
    | { type: 'PLAN_DRAFTED'; planVersion: number }
    | { type: 'PLAN_APPROVED' }
    | { type: 'FOLLOW_UP_STARTED' }
    | { type: 'COORDINATION_RESUMED' }
    | { type: 'REASSESSMENT_STARTED' }
    | { type: 'REASSESSMENT_COMPLETED'; nextPhase: ReassessmentOutcome }
    | { type: 'NOTE_ADDED'; text: string; notifyStaffIds?: string[] }
    | { type: 'COURSE_CLOSED'; reason: StaffClosureReason }
    | { type: 'APPOINTMENT_SCHEDULED'; appointmentId: string; startsAt: string; endsAt: string }
    | { type: 'APPOINTMENT_RESCHEDULED'; appointmentId: string; startsAt: string; endsAt: string }
    | { type: 'APPOINTMENT_CANCELLED'; appointmentId: string; reason?: string }
    | { type: 'APPOINTMENT_ATTENDED'; appointmentId: string }
    | { type: 'APPOINTMENT_MISSED'; appointmentId: string; automatic?: boolean }
    | { type: 'CONTACT_RECORDED'; contactId: string; contactAt: string; channel: ContactChannel; successful: boolean }
    | { type: 'ESCALATION_STEP_DUE'; timer: TimerKey; whereabouts: string[] }
    | { type: 'ESCALATION_ACKNOWLEDGED'; level: number; plannedAction: string }
    | { type: 'REMINDER_DUE'; timer: TimerKey }
  );

export type CourseEventType = CourseEvent['type'];

/** The event types in the order the course usually meets them; the API documents this list. */
export const COURSE_EVENT_TYPES: readonly CourseEventType[] = [
  'INFO_REQUESTED',
  'INFO_PROVIDED',
  'VISITATION_APPROVED',
  'VISITATION_REJECTED',
  'CASE_MANAGER_ASSIGNED',
  'PLAN_DRAFTED',
  'PLAN_APPROVED',
  'FOLLOW_UP_STARTED',
  'COORDINATION_RESUMED',
  'REASSESSMENT_STARTED',
  'REASSESSMENT_COMPLETED',
  'NOTE_ADDED',
  'COURSE_CLOSED',
  'APPOINTMENT_SCHEDULED',
  'APPOINTMENT_RESCHEDULED',
  'APPOINTMENT_CANCELLED',
  'APPOINTMENT_ATTENDED',
  'APPOINTMENT_MISSED',
  'CONTACT_RECORDED',
  'ESCALATION_STEP_DUE',
  'ESCALATION_ACKNOWLEDGED',
  'REMINDER_DUE',
];

export type CourseEventOf<T extends CourseEventType> = Extract<CourseEvent, { type: T }>;
