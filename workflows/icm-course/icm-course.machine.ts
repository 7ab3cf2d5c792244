import { and, assign, enqueueActions, not, setup, stateIn } from 'xstate';
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
import type { CourseEvent, CourseEventOf } from './course-events';
import { REMINDER_KINDS, sameTimer, timersOf, type TimerKey } from './course-timers';
import { type ReassessmentOutcome, STAFF_CLOSURE_REASONS } from './course-vocabulary';

export const ICM_COURSE_MACHINE_ID = 'icm-course';
export const ICM_COURSE_MACHINE_VERSION = 2;

/** The case manager named by an approval or an assignment. */
const namedCaseManager = (event: CourseEvent): string | undefined =>
  (event as { caseManagerId?: string }).caseManagerId;

const notifyCaseManagerOfAssignment = {
  type: 'notify',
  params: ({ event }: { event: CourseEvent }): NotifyParams => ({
    kind: 'course_assigned',
    recipients: [{ role: 'case_manager', staffId: namedCaseManager(event)! }],
  }),
} as const;

/** The course's case manager, if any, gets a slot back (read before the context changes). */
const offerFreedSlot = {
  type: 'offerFreedSlot',
  params: ({ context }: { context: CourseContext }): OfferFreedSlotParams => ({
    caseManagerId: context.caseManagerId!,
  }),
} as const;

/** The committee decides on a referral in the queue and while its members are deliberating. */
const committeeDecisions = {
  VISITATION_APPROVED: [
    {
      guard: and(['isNewApprover', 'completesQuorum', 'namesCaseManager']),
      target: '#icm-course.course.planning',
      actions: ['recordApproval', 'assignCaseManager', notifyCaseManagerOfAssignment],
    },
    {
      guard: and(['isNewApprover', 'completesQuorum', 'namesWaitlist']),
      target: '#icm-course.course.visitation.waitlisted',
      actions: ['recordApproval', 'placeOnWaitlist'],
    },
    {
      guard: and(['isNewApprover', not('completesQuorum')]),
      target: '#icm-course.course.visitation.deliberating',
      actions: 'recordApproval',
    },
  ],
  VISITATION_REJECTED: { target: '#icm-course.course.closed', actions: 'recordRejection' },
} as const;

/** A case manager can be handed over in every phase where someone is assigned. */
const handover = {
  CASE_MANAGER_ASSIGNED: {
    guard: 'isDifferentCaseManager',
    actions: [offerFreedSlot, 'assignCaseManager', notifyCaseManagerOfAssignment],
  },
} as const;

/** Who answers for the citizen: the case manager, or before one is assigned, the referring caseworker. */
const responsible = (context: CourseContext): NotificationRecipient =>
  context.caseManagerId
    ? { role: 'case_manager', staffId: context.caseManagerId }
    : { role: 'caseworker', staffId: context.referredBy };

const teamLeadOf = (context: CourseContext): NotificationRecipient => ({
  role: 'team_lead',
  ofStaffId: context.caseManagerId ?? context.referredBy,
});

const timerOf = (event: CourseEvent): TimerKey | undefined => (event as { timer?: TimerKey }).timer;
const appointmentOf = (event: CourseEvent): string => (event as { appointmentId: string }).appointmentId;
const isPendingTimer = (context: CourseContext, timer: TimerKey | undefined) =>
  Boolean(timer) && timersOf(context).some((pending) => sameTimer(pending, timer!));

/** The ladder level the course's outreach has reached (0 before its first step fires). */
const reachedLevel = (context: CourseContext) =>
  context.outreach && context.outreach.step > 0 ? ladderStep(OUTREACH_LADDER, context.outreach.step).level : 0;

export const icmCourseMachine = setup({
  types: {
    context: {} as CourseContext,
    events: {} as CourseEvent,
    input: {} as CourseInput,
  },
  actions: {
    // Performed by the course runtime through the outbox; the machine only names it.
    notify: (_, _params: NotifyParams) => undefined,
    offerFreedSlot: (_, _params: OfferFreedSlotParams) => undefined,
    // Recorded by the course runtime in the escalation tables, in the event's transaction.
    openLadder: (_, _params: OpenLadderParams) => undefined,
    fireEscalationStep: (_, _params: FireEscalationStepParams) => undefined,
    acknowledgeEscalation: (_, _params: AcknowledgeEscalationParams) => undefined,
    endLadder: (_, _params: EndLadderParams) => undefined,
    recordApproval: assign({
      approvals: ({ context, event }) => [...context.approvals, event.actorId],
    }),
    clearApprovals: assign({ approvals: () => [] }),
    assignCaseManager: assign({
      caseManagerId: ({ event }) => namedCaseManager(event)!,
      assignedAt: ({ event }) => event.at,
      waitlist: () => null,
    }),
    placeOnWaitlist: assign({
      waitlist: ({ event }) => ({ ...(event as CourseEventOf<'VISITATION_APPROVED'>).waitlist!, since: event.at }),
    }),
    recordPlanDraft: assign({
      planStatus: () => 'draft' as const,
      planVersion: ({ event }) => (event as CourseEventOf<'PLAN_DRAFTED'>).planVersion,
    }),
    approvePlan: assign({
      planStatus: () => 'approved' as const,
      planApprovedAt: ({ context, event }) => context.planApprovedAt ?? event.at,
    }),
    reopenPlan: assign({ planStatus: () => 'revision' as const }),
    recordNote: assign({ lastNoteAt: ({ event }) => event.at }),
    addAppointment: assign({
      appointments: ({ context, event }) => {
        const { appointmentId, startsAt, endsAt } = event as CourseEventOf<'APPOINTMENT_SCHEDULED'>;
        return [...context.appointments, { id: appointmentId, startsAt, endsAt }];
      },
    }),
    moveAppointment: assign({
      appointments: ({ context, event }) => {
        const { appointmentId, startsAt, endsAt } = event as CourseEventOf<'APPOINTMENT_RESCHEDULED'>;
        return context.appointments.map((appointment) =>
          appointment.id === appointmentId ? { id: appointmentId, startsAt, endsAt } : appointment,
        );
      },
    }),
    settleAppointment: assign({
      appointments: ({ context, event }) =>
        context.appointments.filter((appointment) => appointment.id !== appointmentOf(event)),
    }),
    recordContact: assign(({ context, event }) => {
      const at = (event as Partial<CourseEventOf<'CONTACT_RECORDED'>>).contactAt ?? event.at;
      return {
        lastContactAt: context.lastContactAt && context.lastContactAt > at ? context.lastContactAt : at,
        lastContactAttemptAt:
          context.lastContactAttemptAt && context.lastContactAttemptAt > at ? context.lastContactAttemptAt : at,
      };
    }),
    recordContactAttempt: assign({
      lastContactAttemptAt: ({ context, event }) => {
        const at = (event as CourseEventOf<'CONTACT_RECORDED'>).contactAt;
        return context.lastContactAttemptAt && context.lastContactAttemptAt > at ? context.lastContactAttemptAt : at;
      },
    }),
    startOutreach: assign({
      outreach: ({ context, event }) => ({
        ladder: context.ladders + 1,
        step: 0,
        startedAt: event.at,
        missedAppointmentId: appointmentOf(event),
      }),
      ladders: ({ context }) => context.ladders + 1,
    }),
    advanceOutreach: assign({
      outreach: ({ context }) => ({ ...context.outreach!, step: context.outreach!.step + 1 }),
    }),
    endOutreach: assign({ outreach: () => null }),
    recordReassessment: assign({ lastReassessedAt: ({ event }) => event.at }),
    recordRejection: assign({
      closureReason: () => 'rejected_at_visitation' as const,
      closedAt: ({ event }) => event.at,
    }),
    recordClosure: assign({
      closureReason: ({ event }) => (event as CourseEventOf<'COURSE_CLOSED'>).reason,
      closedAt: ({ event }) => event.at,
      waitlist: () => null,
    }),
  },
  guards: {
    isNewApprover: ({ context, event }) => !context.approvals.includes(event.actorId),
    completesQuorum: ({ context }) => context.approvals.length + 1 >= context.quorum,
    namesCaseManager: ({ event }) => Boolean(namedCaseManager(event)),
    namesWaitlist: ({ event }) => Boolean((event as CourseEventOf<'VISITATION_APPROVED'>).waitlist),
    isDifferentCaseManager: ({ context, event }) => namedCaseManager(event) !== context.caseManagerId,
    hasDraftPlan: ({ context }) => context.planStatus === 'draft',
    hasApprovedPlan: ({ context }) => context.planStatus === 'approved',
    leadsTo: ({ event }, params: { phase: ReassessmentOutcome }) =>
      (event as CourseEventOf<'REASSESSMENT_COMPLETED'>).nextPhase === params.phase,
    isNewAppointment: ({ context, event }) =>
      !context.appointments.some((appointment) => appointment.id === appointmentOf(event)),
    isOpenAppointment: ({ context, event }) =>
      context.appointments.some((appointment) => appointment.id === appointmentOf(event)),
    wasSuccessful: ({ event }) => (event as CourseEventOf<'CONTACT_RECORDED'>).successful,
    isSinceTheMiss: ({ context, event }) =>
      Boolean(context.outreach) &&
      Date.parse((event as CourseEventOf<'CONTACT_RECORDED'>).contactAt) >= Date.parse(context.outreach!.startedAt),
    isNextEscalationStep: ({ context, event }) =>
      timerOf(event)?.kind === 'escalation_step' && isPendingTimer(context, timerOf(event)),
    isReachedLevel: ({ context, event }) => {
      const { level } = event as CourseEventOf<'ESCALATION_ACKNOWLEDGED'>;
      return Number.isInteger(level) && level >= 1 && level <= reachedLevel(context);
    },
    isPendingReminder: ({ context, event }) =>
      (REMINDER_KINDS as readonly string[]).includes(timerOf(event)?.kind ?? '') &&
      isPendingTimer(context, timerOf(event)),
    givesClosureReason: ({ event }) =>
      (STAFF_CLOSURE_REASONS as string[]).includes((event as CourseEventOf<'COURSE_CLOSED'>).reason),
  },
}).createMachine({
  id: ICM_COURSE_MACHINE_ID,
  // The course's phases and the citizen's engagement run side by side, so that outreach goes on
  // whatever phase the course is in.
  type: 'parallel',
  context: ({ input }) => ({
    citizenId: input.citizenId,
    referredBy: input.referredBy,
    referredAt: input.referredAt,
    quorum: input.quorum,
    approvals: [],
    caseManagerId: null,
    assignedAt: null,
    waitlist: null,
    planStatus: 'none',
    planVersion: null,
    planApprovedAt: null,
    lastReassessedAt: null,
    lastNoteAt: null,
    appointments: [],
    lastContactAt: null,
    lastContactAttemptAt: null,
    outreach: null,
    ladders: 0,
    closureReason: null,
    closedAt: null,
  }),
  states: {
    course: {
      initial: 'referral',
      // Valid in every phase but `closed`, which is final and accepts nothing.
      on: {
        NOTE_ADDED: {
          // A note nobody is asked to read queues nothing, but is still a note on the course.
          actions: [
            'recordNote',
            enqueueActions(({ event, enqueue }) => {
              const readers = (event as CourseEventOf<'NOTE_ADDED'>).notifyStaffIds ?? [];
              if (readers.length === 0) return;
              enqueue({
                type: 'notify',
                params: {
                  kind: 'case_note',
                  recipients: readers.map((staffId) => ({ role: 'staff' as const, staffId })),
                },
              });
            }),
          ],
        },
        COURSE_CLOSED: {
          guard: 'givesClosureReason',
          target: '.closed',
          actions: 'recordClosure',
        },
        APPOINTMENT_SCHEDULED: { guard: 'isNewAppointment', actions: 'addAppointment' },
        APPOINTMENT_RESCHEDULED: { guard: 'isOpenAppointment', actions: 'moveAppointment' },
        APPOINTMENT_CANCELLED: { guard: 'isOpenAppointment', actions: 'settleAppointment' },
        REMINDER_DUE: {
          guard: 'isPendingReminder',
          actions: {
            type: 'notify',
            params: ({ context, event }) => {
              const { kind } = timerOf(event)!;
              return {
                kind: `reminder_${kind}`,
                urgency: 'reminder' as const,
                recipients:
                  kind === 'reassessment_overdue'
                    ? [responsible(context), teamLeadOf(context)]
                    : [responsible(context)],
                timer: timerOf(event),
              };
            },
          },
        },
      },
      states: {
        referral: {
          initial: 'submitted',
          states: {
            /** In the visitation queue. */
            submitted: {
              entry: { type: 'notify', params: { kind: 'referral_in_queue', recipients: [{ role: 'committee' }] } },
              on: { ...committeeDecisions, INFO_REQUESTED: { target: 'information_requested' } },
            },
            information_requested: {
              entry: [
                'clearApprovals',
                {
                  type: 'notify',
                  params: ({ context }) => ({
                    kind: 'information_requested',
                    recipients: [{ role: 'caseworker', staffId: context.referredBy }],
                  }),
                },
              ],
              on: {
                INFO_PROVIDED: { target: 'submitted' },
                VISITATION_REJECTED: committeeDecisions.VISITATION_REJECTED,
              },
            },
          },
        },
        visitation: {
          initial: 'deliberating',
          states: {
            /** Some, not yet enough, committee members have approved. */
            deliberating: {
              on: {
                ...committeeDecisions,
                INFO_REQUESTED: { target: '#icm-course.course.referral.information_requested' },
              },
            },
            /** Approved, waiting for a case manager with a free slot. */
            waitlisted: {
              on: {
                CASE_MANAGER_ASSIGNED: {
                  target: '#icm-course.course.planning',
                  actions: ['assignCaseManager', notifyCaseManagerOfAssignment],
                },
              },
            },
          },
        },
        planning: {
          on: {
            ...handover,
            PLAN_DRAFTED: { actions: 'recordPlanDraft' },
            PLAN_APPROVED: { guard: 'hasDraftPlan', target: 'coordination', actions: 'approvePlan' },
          },
        },
        coordination: {
          on: {
            ...handover,
            FOLLOW_UP_STARTED: { target: 'follow_up' },
            REASSESSMENT_STARTED: { target: 'reassessment' },
          },
        },
        follow_up: {
          on: {
            ...handover,
            COORDINATION_RESUMED: { target: 'coordination' },
            REASSESSMENT_STARTED: { target: 'reassessment' },
          },
        },
        reassessment: {
          on: {
            ...handover,
            REASSESSMENT_COMPLETED: [
              {
                guard: { type: 'leadsTo', params: { phase: 'planning' } },
                target: 'planning',
                actions: ['recordReassessment', 'reopenPlan'],
              },
              {
                guard: and([{ type: 'leadsTo', params: { phase: 'coordination' as const } }, 'hasApprovedPlan']),
                target: 'coordination',
                actions: 'recordReassessment',
              },
              {
                guard: and([{ type: 'leadsTo', params: { phase: 'follow_up' as const } }, 'hasApprovedPlan']),
                target: 'follow_up',
                actions: 'recordReassessment',
              },
            ],
          },
        },
        closed: {
          type: 'final',
          // The region's own events (notes, closure, appointments, reminders) would otherwise still apply.
          on: {
            NOTE_ADDED: {},
            COURSE_CLOSED: {},
            APPOINTMENT_SCHEDULED: {},
            APPOINTMENT_RESCHEDULED: {},
            APPOINTMENT_CANCELLED: {},
            REMINDER_DUE: {},
          },
          entry: enqueueActions(({ context, enqueue }) => {
            if (context.caseManagerId)
              enqueue({ type: 'offerFreedSlot', params: { caseManagerId: context.caseManagerId } });
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
        },
      },
    },
    engagement: {
      initial: 'engaged',
      // A closed course stops all outreach; its engagement ends with it.
      always: { guard: stateIn('#icm-course.course.closed'), target: '.ended' },
      states: {
        engaged: {
          on: {
            APPOINTMENT_MISSED: {
              guard: 'isOpenAppointment',
              target: 'outreach',
              actions: [
                'settleAppointment',
                'startOutreach',
                {
                  type: 'openLadder',
                  params: ({ context }) => ({
                    ladder: context.outreach!.ladder,
                    startedAt: context.outreach!.startedAt,
                    missedAppointmentId: context.outreach!.missedAppointmentId,
                  }),
                },
              ],
            },
            APPOINTMENT_ATTENDED: { guard: 'isOpenAppointment', actions: ['settleAppointment', 'recordContact'] },
            CONTACT_RECORDED: [
              { guard: 'wasSuccessful', actions: 'recordContact' },
              { actions: 'recordContactAttempt' },
            ],
          },
        },
        /** Out of contact: the ladder climbs until a successful contact. */
        outreach: {
          exit: [
            {
              type: 'endLadder',
              params: ({ context, event }) => ({
                ladder: context.outreach!.ladder,
                endedAt: context.closedAt ?? event.at,
              }),
            },
            'endOutreach',
          ],
          on: {
            // A new miss during a running ladder starts no second ladder.
            APPOINTMENT_MISSED: { guard: 'isOpenAppointment', actions: 'settleAppointment' },
            APPOINTMENT_ATTENDED: {
              guard: 'isOpenAppointment',
              target: 'engaged',
              actions: ['settleAppointment', 'recordContact'],
            },
            CONTACT_RECORDED: [
              { guard: and(['wasSuccessful', 'isSinceTheMiss']), target: 'engaged', actions: 'recordContact' },
              // Reached before the miss: true, but it says nothing about whether anyone has reached them since.
              { guard: 'wasSuccessful', actions: 'recordContact' },
              { actions: 'recordContactAttempt' },
            ],
            ESCALATION_STEP_DUE: {
              guard: 'isNextEscalationStep',
              actions: [
                'advanceOutreach',
                enqueueActions(({ context, event, enqueue }) => {
                  const { ladder, step, missedAppointmentId } = context.outreach!;
                  const rung = ladderStep(OUTREACH_LADDER, step);
                  const { whereabouts } = event as CourseEventOf<'ESCALATION_STEP_DUE'>;
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
                      recipients: rung.notify.map((role) =>
                        role === 'team_lead' ? teamLeadOf(context) : responsible(context),
                      ),
                      ladder,
                      step,
                      task: rung.task,
                      ...(rung.within ? { within: rung.within } : {}),
                      ...(rung.task === 'outreach_visit' ? { whereabouts } : {}),
                      missedAppointmentId,
                    },
                  });
                }),
              ],
            },
            ESCALATION_ACKNOWLEDGED: {
              guard: 'isReachedLevel',
              actions: enqueueActions(({ context, event, enqueue }) => {
                const { level, plannedAction } = event as CourseEventOf<'ESCALATION_ACKNOWLEDGED'>;
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
            },
          },
        },
        ended: { type: 'final' },
      },
    },
  },
});
