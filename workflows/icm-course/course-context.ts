import type { WaitlistPlacement } from './course-events';
import type { ClosureReason, PlanStatus } from './course-vocabulary';

/** What the course's guards need to decide; everything else about a course lives in its tables. */
export interface CourseContext {
  citizenId: string;
  referredBy: string;
  referredAt: string;
  /** Distinct committee members that must approve; fixed when the referral is made. */
  quorum: number;
  approvals: string[];
  caseManagerId: string | null;
  assignedAt: string | null;
  /** Set while the approved citizen waits for a case manager. */
  waitlist: (WaitlistPlacement & { since: string }) | null;
  planStatus: PlanStatus;
  planVersion: number | null;
  planApprovedAt: string | null;
  lastReassessedAt: string | null;
  lastNoteAt: string | null;
  /** Appointments whose attendance is not yet registered, for the timers that watch them. */
  appointments: OpenAppointment[];
  /** The last successful contact (or attended appointment) and the last attempt of any kind. */
  lastContactAt: string | null;
  lastContactAttemptAt: string | null;
  /** The running outreach ladder, while the course is in `outreach`. */
  outreach: Outreach | null;
  /** Ladders started so far; the next one gets this number plus one. */
  ladders: number;
  closureReason: ClosureReason | null;
  closedAt: string | null;
}

export interface OpenAppointment {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface Outreach {
  ladder: number;
  /** Steps of the ladder fired so far (0 right after the miss). */
  step: number;
  startedAt: string;
  missedAppointmentId: string;
}

export interface CourseInput {
  citizenId: string;
  referredBy: string;
  referredAt: string;
  quorum: number;
}

/**
 * Side effects the machine asks for, by name. The runtime turns each into an outbox row; the
 * machine never performs one.
 */
export type NotificationRecipient =
  | { role: 'caseworker'; staffId: string }
  | { role: 'committee' }
  | { role: 'case_manager'; staffId: string }
  | { role: 'team_lead'; ofStaffId: string }
  | { role: 'staff'; staffId: string };

/**
 * How a notification may be delivered: reminders respect quiet hours and a chosen daily digest;
 * escalations are never batched, and from level 2 they ignore quiet hours too.
 */
export type NotificationUrgency = 'course' | 'reminder' | 'escalation';

export interface NotifyParams {
  kind: string;
  recipients: NotificationRecipient[];
  /** `course` when absent. */
  urgency?: NotificationUrgency;
  /** The escalation level, for `escalation` notifications. */
  level?: number;
  /** Facts the recipient needs (the task, the whereabouts, ...); never personal data. */
  [detail: string]: unknown;
}

/** A case manager lost a course: their team lead may be offered the first citizen on the waitlist. */
export interface OfferFreedSlotParams {
  caseManagerId: string;
}

/** The ladder the runtime records: opened on a miss, a step fired, acknowledged, ended by contact or closure. */
export interface OpenLadderParams {
  ladder: number;
  startedAt: string;
  missedAppointmentId: string;
}

export interface FireEscalationStepParams {
  ladder: number;
  step: number;
  level: number;
  firedAt: string;
  whereabouts: string[];
}

export interface AcknowledgeEscalationParams {
  ladder: number;
  level: number;
  plannedAction: string;
  acknowledgedBy: string;
  acknowledgedAt: string;
}

export interface EndLadderParams {
  ladder: number;
  endedAt: string;
}
