import { assertEvent, setup } from 'xstate';
import { ladderStep, OUTREACH_LADDER } from '@workflows/outreach-ladder';
import type {
  AcknowledgeEscalationParams,
  CourseContext,
  CourseInput,
  EndLadderParams,
  FireEscalationStepParams,
  NotificationRecipient,
  NotifyParams,
  OfferFreedSlotParams,
  OpenLadderParams,
} from './course-context';
import type { CourseEvent } from './course-events';
import { appointmentOf, type MachineArgs, namedCaseManager, timerOf } from './event-fields';

/** The machine's types and the effects it names; the course runtime performs them, the machine never does. */
export const courseSetup = setup({
  types: {
    context: {} as CourseContext,
    events: {} as CourseEvent,
    input: {} as CourseInput,
  },
  actions: {
    // Performed by the course runtime through the outbox.
    notify: (_, _params: NotifyParams) => undefined,
    offerFreedSlot: (_, _params: OfferFreedSlotParams) => undefined,
    // Recorded by the course runtime in the escalation tables, in the event's transaction.
    openLadder: (_, _params: OpenLadderParams) => undefined,
    fireEscalationStep: (_, _params: FireEscalationStepParams) => undefined,
    acknowledgeEscalation: (_, _params: AcknowledgeEscalationParams) => undefined,
    endLadder: (_, _params: EndLadderParams) => undefined,
  },
});

/** Who answers for the citizen: the case manager, or before one is assigned, the referring caseworker. */
const responsible = (context: CourseContext): NotificationRecipient =>
  context.caseManagerId
    ? { role: 'case_manager', staffId: context.caseManagerId }
    : { role: 'caseworker', staffId: context.referredBy };

const teamLeadOf = (context: CourseContext): NotificationRecipient => ({
  role: 'team_lead',
  ofStaffId: context.caseManagerId ?? context.referredBy,
});

const latest = (current: string | null, at: string) => (current && current > at ? current : at);

export const notifyCaseManagerOfAssignment = {
  type: 'notify',
  params: ({ event }: MachineArgs): NotifyParams => ({
    kind: 'course_assigned',
    recipients: [{ role: 'case_manager', staffId: namedCaseManager(event)! }],
  }),
} as const;

/** The course's case manager, if any, gets a slot back (read before the context changes). */
export const offerFreedSlot = {
  type: 'offerFreedSlot',
  params: ({ context }: MachineArgs): OfferFreedSlotParams => ({
    caseManagerId: context.caseManagerId!,
  }),
} as const;

export const notifyCaseworkerOfQuestions = {
  type: 'notify',
  params: ({ context }: MachineArgs): NotifyParams => ({
    kind: 'information_requested',
    recipients: [{ role: 'caseworker', staffId: context.referredBy }],
  }),
} as const;

export const remindResponsible = {
  type: 'notify',
  params: ({ context, event }: MachineArgs): NotifyParams => {
    const { kind } = timerOf(event)!;
    return {
      kind: `reminder_${kind}`,
      urgency: 'reminder',
      recipients:
        kind === 'reassessment_overdue' ? [responsible(context), teamLeadOf(context)] : [responsible(context)],
      timer: timerOf(event),
    };
  },
} as const;

export const openOutreachLadder = {
  type: 'openLadder',
  params: ({ context }: MachineArgs): OpenLadderParams => ({
    ladder: context.outreach!.ladder,
    startedAt: context.outreach!.startedAt,
    missedAppointmentId: context.outreach!.missedAppointmentId,
  }),
} as const;

export const endOutreachLadder = {
  type: 'endLadder',
  params: ({ context, event }: MachineArgs): EndLadderParams => ({
    ladder: context.outreach!.ladder,
    endedAt: context.closedAt ?? event.at,
  }),
} as const;

/** The course's own record of what happened: the context each event leaves behind, and the effects it names. */
export const courseActions = {
  recordApproval: courseSetup.assign({
    approvals: ({ context, event }) => [...context.approvals, event.actorId],
  }),
  clearApprovals: courseSetup.assign({ approvals: () => [] }),
  assignCaseManager: courseSetup.assign({
    caseManagerId: ({ event }) => namedCaseManager(event)!,
    assignedAt: ({ event }) => event.at,
    waitlist: () => null,
  }),
  placeOnWaitlist: courseSetup.assign({
    waitlist: ({ event }) => {
      assertEvent(event, 'VISITATION_APPROVED');
      return { ...event.waitlist!, since: event.at };
    },
  }),
  recordPlanDraft: courseSetup.assign({
    planStatus: () => 'draft' as const,
    planVersion: ({ event }) => {
      assertEvent(event, 'PLAN_DRAFTED');
      return event.planVersion;
    },
  }),
  approvePlan: courseSetup.assign({
    planStatus: () => 'approved' as const,
    planApprovedAt: ({ context, event }) => context.planApprovedAt ?? event.at,
  }),
  reopenPlan: courseSetup.assign({ planStatus: () => 'revision' as const }),
  recordNote: courseSetup.assign({ lastNoteAt: ({ event }) => event.at }),
  addAppointment: courseSetup.assign({
    appointments: ({ context, event }) => {
      assertEvent(event, 'APPOINTMENT_SCHEDULED');
      const { appointmentId, startsAt, endsAt } = event;
      return [...context.appointments, { id: appointmentId, startsAt, endsAt }];
    },
  }),
  moveAppointment: courseSetup.assign({
    appointments: ({ context, event }) => {
      assertEvent(event, 'APPOINTMENT_RESCHEDULED');
      const { appointmentId, startsAt, endsAt } = event;
      return context.appointments.map((appointment) =>
        appointment.id === appointmentId ? { id: appointmentId, startsAt, endsAt } : appointment,
      );
    },
  }),
  settleAppointment: courseSetup.assign({
    appointments: ({ context, event }) =>
      context.appointments.filter((appointment) => appointment.id !== appointmentOf(event)),
  }),
  recordContact: courseSetup.assign(({ context, event }) => {
    assertEvent(event, ['APPOINTMENT_ATTENDED', 'CONTACT_RECORDED']);
    const at = event.type === 'CONTACT_RECORDED' ? event.contactAt : event.at;
    return {
      lastContactAt: latest(context.lastContactAt, at),
      lastContactAttemptAt: latest(context.lastContactAttemptAt, at),
    };
  }),
  recordContactAttempt: courseSetup.assign({
    lastContactAttemptAt: ({ context, event }) => {
      assertEvent(event, 'CONTACT_RECORDED');
      return latest(context.lastContactAttemptAt, event.contactAt);
    },
  }),
  startOutreach: courseSetup.assign({
    outreach: ({ context, event }) => ({
      ladder: context.ladders + 1,
      step: 0,
      startedAt: event.at,
      missedAppointmentId: appointmentOf(event),
    }),
    ladders: ({ context }) => context.ladders + 1,
  }),
  advanceOutreach: courseSetup.assign({
    outreach: ({ context }) => ({ ...context.outreach!, step: context.outreach!.step + 1 }),
  }),
  endOutreach: courseSetup.assign({ outreach: () => null }),
  recordReassessment: courseSetup.assign({ lastReassessedAt: ({ event }) => event.at }),
  recordRejection: courseSetup.assign({
    closureReason: () => 'rejected_at_visitation' as const,
    closedAt: ({ event }) => event.at,
  }),
  recordClosure: courseSetup.assign({
    closureReason: ({ event }) => {
      assertEvent(event, 'COURSE_CLOSED');
      return event.reason;
    },
    closedAt: ({ event }) => event.at,
    waitlist: () => null,
  }),
  // A note nobody is asked to read queues nothing, but is still a note on the course.
  notifyNoteReaders: courseSetup.enqueueActions(({ event, enqueue }) => {
    assertEvent(event, 'NOTE_ADDED');
    const readers = event.notifyStaffIds ?? [];
    if (readers.length === 0) return;
    enqueue({
      type: 'notify',
      params: {
        kind: 'case_note',
        recipients: readers.map((staffId) => ({ role: 'staff' as const, staffId })),
      },
    });
  }),
  announceClosure: courseSetup.enqueueActions(({ context, enqueue }) => {
    if (context.caseManagerId) enqueue({ type: 'offerFreedSlot', params: { caseManagerId: context.caseManagerId } });
    enqueue({
      type: 'notify',
      params: {
        kind: 'course_closed',
        recipients: [
          { role: 'caseworker', staffId: context.referredBy },
          ...(context.caseManagerId ? [{ role: 'case_manager' as const, staffId: context.caseManagerId }] : []),
        ],
      },
    });
  }),
  announceEscalationStep: courseSetup.enqueueActions(({ context, event, enqueue }) => {
    assertEvent(event, 'ESCALATION_STEP_DUE');
    const { ladder, step, missedAppointmentId } = context.outreach!;
    const rung = ladderStep(OUTREACH_LADDER, step);
    const { whereabouts } = event;
    enqueue({
      type: 'fireEscalationStep',
      params: { ladder, step, level: rung.level, firedAt: event.at, whereabouts },
    });
    enqueue({
      type: 'notify',
      params: {
        kind: 'outreach_escalation',
        urgency: 'escalation',
        level: rung.level,
        recipients: rung.notify.map((role) => (role === 'team_lead' ? teamLeadOf(context) : responsible(context))),
        ladder,
        step,
        task: rung.task,
        ...(rung.within ? { within: rung.within } : {}),
        ...(rung.task === 'outreach_visit' ? { whereabouts } : {}),
        missedAppointmentId,
      },
    });
  }),
  announceAcknowledgement: courseSetup.enqueueActions(({ context, event, enqueue }) => {
    assertEvent(event, 'ESCALATION_ACKNOWLEDGED');
    const { level, plannedAction } = event;
    const { ladder } = context.outreach!;
    enqueue({
      type: 'acknowledgeEscalation',
      params: { ladder, level, plannedAction, acknowledgedBy: event.actorId, acknowledgedAt: event.at },
    });
    enqueue({
      type: 'notify',
      params: {
        kind: 'escalation_acknowledged',
        recipients: [teamLeadOf(context)],
        ladder,
        level,
        plannedAction,
      },
    });
  }),
};
