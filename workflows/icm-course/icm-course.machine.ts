import { and, not, stateIn } from 'xstate';
import {
  courseActions,
  courseSetup,
  endOutreachLadder,
  notifyCaseManagerOfAssignment,
  notifyCaseworkerOfQuestions,
  offerFreedSlot,
  openOutreachLadder,
  remindResponsible,
} from './actions';
import { courseGuards } from './guards';

export const ICM_COURSE_MACHINE_ID = 'icm-course';
export const ICM_COURSE_MACHINE_VERSION = 2;

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

export const icmCourseMachine = courseSetup.extend({ actions: courseActions, guards: courseGuards }).createMachine({
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
        NOTE_ADDED: { actions: ['recordNote', 'notifyNoteReaders'] },
        COURSE_CLOSED: {
          guard: 'givesClosureReason',
          target: '.closed',
          actions: 'recordClosure',
        },
        APPOINTMENT_SCHEDULED: { guard: 'isNewAppointment', actions: 'addAppointment' },
        APPOINTMENT_RESCHEDULED: { guard: 'isOpenAppointment', actions: 'moveAppointment' },
        APPOINTMENT_CANCELLED: { guard: 'isOpenAppointment', actions: 'settleAppointment' },
        REMINDER_DUE: { guard: 'isPendingReminder', actions: remindResponsible },
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
              entry: ['clearApprovals', notifyCaseworkerOfQuestions],
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
          entry: 'announceClosure',
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
              actions: ['settleAppointment', 'startOutreach', openOutreachLadder],
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
          exit: [endOutreachLadder, 'endOutreach'],
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
              actions: ['advanceOutreach', 'announceEscalationStep'],
            },
            ESCALATION_ACKNOWLEDGED: {
              guard: 'isReachedLevel',
              actions: 'announceAcknowledgement',
            },
          },
        },
        ended: { type: 'final' },
      },
    },
  },
});
