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
  lastReassessedAt: string | null;
  lastNoteAt: string | null;
  closureReason: ClosureReason | null;
  closedAt: string | null;
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
}

/** A case manager lost a course: their team lead may be offered the first citizen on the waitlist. */
export interface OfferFreedSlotParams {
  caseManagerId: string;
}
