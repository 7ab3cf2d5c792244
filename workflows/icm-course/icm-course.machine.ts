import { and, assign, enqueueActions, not, setup } from 'xstate';
import type { CourseContext, CourseInput, NotifyParams, OfferFreedSlotParams } from './course-context';
import type { CourseEvent, CourseEventOf } from './course-events';
import { type ReassessmentOutcome, STAFF_CLOSURE_REASONS } from './course-vocabulary';

export const ICM_COURSE_MACHINE_ID = 'icm-course';
export const ICM_COURSE_MACHINE_VERSION = 1;

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
  params: ({ context }: { context: CourseContext }): OfferFreedSlotParams => ({ caseManagerId: context.caseManagerId! }),
} as const;

/** The committee decides on a referral in the queue and while its members are deliberating. */
const committeeDecisions = {
  VISITATION_APPROVED: [
    {
      guard: and(['isNewApprover', 'completesQuorum', 'namesCaseManager']),
      target: '#icm-course.planning',
      actions: ['recordApproval', 'assignCaseManager', notifyCaseManagerOfAssignment],
    },
    {
      guard: and(['isNewApprover', 'completesQuorum', 'namesWaitlist']),
      target: '#icm-course.visitation.waitlisted',
      actions: ['recordApproval', 'placeOnWaitlist'],
    },
    {
      guard: and(['isNewApprover', not('completesQuorum')]),
      target: '#icm-course.visitation.deliberating',
      actions: 'recordApproval',
    },
  ],
  VISITATION_REJECTED: { target: '#icm-course.closed', actions: 'recordRejection' },
} as const;

/** A case manager can be handed over in every phase where someone is assigned. */
const handover = {
  CASE_MANAGER_ASSIGNED: {
    guard: 'isDifferentCaseManager',
    actions: [offerFreedSlot, 'assignCaseManager', notifyCaseManagerOfAssignment],
  },
} as const;

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
    approvePlan: assign({ planStatus: () => 'approved' as const }),
    reopenPlan: assign({ planStatus: () => 'revision' as const }),
    recordNote: assign({ lastNoteAt: ({ event }) => event.at }),
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
    givesClosureReason: ({ event }) =>
      (STAFF_CLOSURE_REASONS as string[]).includes((event as CourseEventOf<'COURSE_CLOSED'>).reason),
  },
}).createMachine({
  id: ICM_COURSE_MACHINE_ID,
  initial: 'referral',
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
    lastReassessedAt: null,
    lastNoteAt: null,
    closureReason: null,
    closedAt: null,
  }),
  // Valid in every phase but `closed`, which is final and accepts nothing.
  on: {
    NOTE_ADDED: {
      // A note nobody is asked to read queues nothing, but is still a note on the course.
      actions: ['recordNote', enqueueActions(({ event, enqueue }) => {
        const readers = (event as CourseEventOf<'NOTE_ADDED'>).notifyStaffIds ?? [];
        if (readers.length === 0) return;
        enqueue({ type: 'notify', params: { kind: 'case_note', recipients: readers.map((staffId) => ({ role: 'staff' as const, staffId })) } });
      })],
    },
    COURSE_CLOSED: {
      guard: 'givesClosureReason',
      target: '.closed',
      actions: 'recordClosure',
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
            INFO_REQUESTED: { target: '#icm-course.referral.information_requested' },
          },
        },
        /** Approved, waiting for a case manager with a free slot. */
        waitlisted: {
          on: {
            CASE_MANAGER_ASSIGNED: {
              target: '#icm-course.planning',
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
      // The root's NOTE_ADDED and COURSE_CLOSED would otherwise still apply to a closed course.
      on: { NOTE_ADDED: {}, COURSE_CLOSED: {} },
      entry: enqueueActions(({ context, enqueue }) => {
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
    },
  },
});
