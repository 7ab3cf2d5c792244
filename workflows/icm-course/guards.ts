import { assertEvent } from 'xstate';
import { ladderStep, OUTREACH_LADDER } from '@workflows/outreach-ladder';
import type { CourseContext } from './course-context';
import { REMINDER_KINDS, sameTimer, timersOf, type TimerKey } from './course-timers';
import { type ReassessmentOutcome, STAFF_CLOSURE_REASONS } from './course-vocabulary';
import { appointmentOf, type MachineArgs, namedCaseManager, timerOf } from './event-fields';

const isPendingTimer = (context: CourseContext, timer: TimerKey | undefined) =>
  Boolean(timer) && timersOf(context).some((pending) => sameTimer(pending, timer!));

/** The ladder level the course's outreach has reached (0 before its first step fires). */
const reachedLevel = (context: CourseContext) =>
  context.outreach && context.outreach.step > 0 ? ladderStep(OUTREACH_LADDER, context.outreach.step).level : 0;

const isOpenAppointment = ({ context, event }: MachineArgs) =>
  context.appointments.some((appointment) => appointment.id === appointmentOf(event));

export const courseGuards = {
  isNewApprover: ({ context, event }: MachineArgs) => !context.approvals.includes(event.actorId),
  completesQuorum: ({ context }: MachineArgs) => context.approvals.length + 1 >= context.quorum,
  namesCaseManager: ({ event }: MachineArgs) => Boolean(namedCaseManager(event)),
  namesWaitlist: ({ event }: MachineArgs) => {
    assertEvent(event, 'VISITATION_APPROVED');
    return Boolean(event.waitlist);
  },
  isDifferentCaseManager: ({ context, event }: MachineArgs) => namedCaseManager(event) !== context.caseManagerId,
  hasDraftPlan: ({ context }: MachineArgs) => context.planStatus === 'draft',
  hasApprovedPlan: ({ context }: MachineArgs) => context.planStatus === 'approved',
  leadsTo: ({ event }: MachineArgs, params: { phase: ReassessmentOutcome }) => {
    assertEvent(event, 'REASSESSMENT_COMPLETED');
    return event.nextPhase === params.phase;
  },
  isNewAppointment: (args: MachineArgs) => !isOpenAppointment(args),
  isOpenAppointment,
  wasSuccessful: ({ event }: MachineArgs) => {
    assertEvent(event, 'CONTACT_RECORDED');
    return event.successful;
  },
  isSinceTheMiss: ({ context, event }: MachineArgs) => {
    assertEvent(event, 'CONTACT_RECORDED');
    return Boolean(context.outreach) && Date.parse(event.contactAt) >= Date.parse(context.outreach!.startedAt);
  },
  isNextEscalationStep: ({ context, event }: MachineArgs) =>
    timerOf(event)?.kind === 'escalation_step' && isPendingTimer(context, timerOf(event)),
  isReachedLevel: ({ context, event }: MachineArgs) => {
    assertEvent(event, 'ESCALATION_ACKNOWLEDGED');
    return Number.isInteger(event.level) && event.level >= 1 && event.level <= reachedLevel(context);
  },
  isPendingReminder: ({ context, event }: MachineArgs) =>
    (REMINDER_KINDS as readonly string[]).includes(timerOf(event)?.kind ?? '') &&
    isPendingTimer(context, timerOf(event)),
  givesClosureReason: ({ event }: MachineArgs) => {
    assertEvent(event, 'COURSE_CLOSED');
    return (STAFF_CLOSURE_REASONS as string[]).includes(event.reason);
  },
};
