import type { ClassConstructor } from 'class-transformer';
import type { CourseEventType } from '@workflows/icm-course';
import type { Role } from '@src/auth/roles';
import {
  CaseManagerAssignedPayload,
  CourseClosedPayload,
  InfoProvidedPayload,
  InfoRequestedPayload,
  NoPayload,
  NoteAddedPayload,
  PlanDraftedPayload,
  ReassessmentCompletedPayload,
  VisitationApprovedPayload,
  VisitationRejectedPayload,
} from './course-event-payloads';
import {
  AppointmentCancelledPayload,
  AppointmentMissedPayload,
  AppointmentRefPayload,
  AppointmentTimesPayload,
  ContactRecordedPayload,
  EscalationAcknowledgedPayload,
  EscalationStepDuePayload,
  ReminderDuePayload,
} from './engagement-event-payloads';

interface CourseEventRule {
  payload: ClassConstructor<object>;
  /** Roles that may send the event; the course access policy decides on which courses. */
  roles: readonly Role[];
  /** The route that sends the event with the row it belongs to; the generic events route refuses it. */
  sentThrough?: string;
}

const CASE_WORK: readonly Role[] = ['case_manager', 'team_lead'];

/** For each event staff can send: the shape of its payload and who may send it. */
export const COURSE_EVENT_CATALOG: Record<CourseEventType, CourseEventRule> = {
  INFO_REQUESTED: { payload: InfoRequestedPayload, roles: ['committee_member'] },
  INFO_PROVIDED: { payload: InfoProvidedPayload, roles: ['caseworker'] },
  VISITATION_APPROVED: { payload: VisitationApprovedPayload, roles: ['committee_member'] },
  VISITATION_REJECTED: { payload: VisitationRejectedPayload, roles: ['committee_member'] },
  CASE_MANAGER_ASSIGNED: { payload: CaseManagerAssignedPayload, roles: ['team_lead', 'committee_member'] },
  PLAN_DRAFTED: { payload: PlanDraftedPayload, roles: CASE_WORK, sentThrough: 'POST /courses/:id/plan' },
  PLAN_APPROVED: { payload: NoPayload, roles: CASE_WORK, sentThrough: 'POST /courses/:id/plan/approval' },
  FOLLOW_UP_STARTED: { payload: NoPayload, roles: CASE_WORK },
  COORDINATION_RESUMED: { payload: NoPayload, roles: CASE_WORK },
  REASSESSMENT_STARTED: { payload: NoPayload, roles: CASE_WORK },
  REASSESSMENT_COMPLETED: {
    payload: ReassessmentCompletedPayload,
    roles: CASE_WORK,
    sentThrough: 'POST /courses/:id/assessments',
  },
  NOTE_ADDED: { payload: NoteAddedPayload, roles: ['case_manager', 'team_lead', 'caseworker'] },
  // Closure needs the team lead's approval of a case manager's proposal.
  COURSE_CLOSED: {
    payload: CourseClosedPayload,
    roles: ['team_lead'],
    sentThrough: 'POST /closure-proposals/:id/decision',
  },
  APPOINTMENT_SCHEDULED: {
    payload: AppointmentTimesPayload,
    roles: CASE_WORK,
    sentThrough: 'POST /courses/:id/appointments',
  },
  APPOINTMENT_RESCHEDULED: {
    payload: AppointmentTimesPayload,
    roles: CASE_WORK,
    sentThrough: 'PATCH /appointments/:id',
  },
  APPOINTMENT_CANCELLED: {
    payload: AppointmentCancelledPayload,
    roles: CASE_WORK,
    sentThrough: 'POST /appointments/:id/cancellation',
  },
  APPOINTMENT_ATTENDED: {
    payload: AppointmentRefPayload,
    roles: CASE_WORK,
    sentThrough: 'POST /appointments/:id/attendance',
  },
  APPOINTMENT_MISSED: {
    payload: AppointmentMissedPayload,
    roles: CASE_WORK,
    sentThrough: 'POST /appointments/:id/attendance',
  },
  CONTACT_RECORDED: { payload: ContactRecordedPayload, roles: CASE_WORK, sentThrough: 'POST /courses/:id/contacts' },
  ESCALATION_ACKNOWLEDGED: {
    payload: EscalationAcknowledgedPayload,
    roles: ['case_manager'],
    sentThrough: 'POST /courses/:id/escalations/acknowledgements',
  },
  // Sent by the worker when a timer fires; no staff member may send them.
  ESCALATION_STEP_DUE: { payload: EscalationStepDuePayload, roles: [], sentThrough: 'the worker' },
  REMINDER_DUE: { payload: ReminderDuePayload, roles: [], sentThrough: 'the worker' },
};

export const isCourseEventType = (type: unknown): type is CourseEventType =>
  typeof type === 'string' && Object.hasOwn(COURSE_EVENT_CATALOG, type);
