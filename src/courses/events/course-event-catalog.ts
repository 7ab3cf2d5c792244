import type { ClassConstructor } from 'class-transformer';
import type { CourseEventType } from '../../../workflows/icm-course';
import type { Role } from '../../auth/roles';
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

interface CourseEventRule {
  payload: ClassConstructor<object>;
  /** Roles that may send the event; the course access policy decides on which courses. */
  roles: readonly Role[];
}

const CASE_WORK: readonly Role[] = ['case_manager', 'team_lead'];

/** For each event staff can send: the shape of its payload and who may send it. */
export const COURSE_EVENT_CATALOG: Record<CourseEventType, CourseEventRule> = {
  INFO_REQUESTED: { payload: InfoRequestedPayload, roles: ['committee_member'] },
  INFO_PROVIDED: { payload: InfoProvidedPayload, roles: ['caseworker'] },
  VISITATION_APPROVED: { payload: VisitationApprovedPayload, roles: ['committee_member'] },
  VISITATION_REJECTED: { payload: VisitationRejectedPayload, roles: ['committee_member'] },
  CASE_MANAGER_ASSIGNED: { payload: CaseManagerAssignedPayload, roles: ['team_lead', 'committee_member'] },
  PLAN_DRAFTED: { payload: PlanDraftedPayload, roles: CASE_WORK },
  PLAN_APPROVED: { payload: NoPayload, roles: CASE_WORK },
  FOLLOW_UP_STARTED: { payload: NoPayload, roles: CASE_WORK },
  COORDINATION_RESUMED: { payload: NoPayload, roles: CASE_WORK },
  REASSESSMENT_STARTED: { payload: NoPayload, roles: CASE_WORK },
  REASSESSMENT_COMPLETED: { payload: ReassessmentCompletedPayload, roles: CASE_WORK },
  NOTE_ADDED: { payload: NoteAddedPayload, roles: ['case_manager', 'team_lead', 'caseworker'] },
  COURSE_CLOSED: { payload: CourseClosedPayload, roles: CASE_WORK },
};

export const isCourseEventType = (type: unknown): type is CourseEventType =>
  typeof type === 'string' && Object.hasOwn(COURSE_EVENT_CATALOG, type);
