/**
 * Test support for the ICM course machine's specs: fixed people and times, event builders, and a
 * pure driver over XState's `initialTransition` / `transition`. Imports only xstate and local files,
 * like the machine itself (no clock, no I/O).
 */
import {
  type ExecutableActionsFrom,
  initialTransition,
  type SnapshotFrom,
  type StateValue,
  transition,
} from 'xstate';
import type { CourseInput, NotifyParams } from './course-context';
import {
  COURSE_EVENT_TYPES,
  type CourseEvent,
  type CourseEventOf,
  type CourseEventType,
  type WaitlistPlacement,
} from './course-events';
import { REASSESSMENT_OUTCOMES, STAFF_CLOSURE_REASONS } from './course-vocabulary';
import { icmCourseMachine } from './icm-course.machine';

export type CourseSnapshot = SnapshotFrom<typeof icmCourseMachine>;
type Actions = ExecutableActionsFrom<typeof icmCourseMachine>[];

export const CITIZEN = 'citizen-1';
export const CASEWORKER = 'caseworker-1';
export const MEMBER_A = 'committee-member-a';
export const MEMBER_B = 'committee-member-b';
export const CASE_MANAGER_1 = 'case-manager-1';
export const CASE_MANAGER_2 = 'case-manager-2';
export const TEAM_LEAD = 'team-lead-1';
export const NOTE_READER = 'staff-9';
export const REFERRED_AT = '2024-01-15T08:00:00.000Z';
export const PLACEMENT: WaitlistPlacement = { teamId: 'team-north', priority: 'urgent' };

export const courseInput = (quorum = 1): CourseInput => ({
  citizenId: CITIZEN,
  referredBy: CASEWORKER,
  referredAt: REFERRED_AT,
  quorum,
});

/** Each event type has its own fixed time, so a context field shows which event stamped it. */
export const AT = Object.fromEntries(
  COURSE_EVENT_TYPES.map((type, i) => [type, `2024-02-${String(i + 1).padStart(2, '0')}T10:00:00.000Z`]),
) as Record<CourseEventType, string>;

const DEFAULT_ACTOR: Record<CourseEventType, string> = {
  INFO_REQUESTED: MEMBER_A,
  INFO_PROVIDED: CASEWORKER,
  VISITATION_APPROVED: MEMBER_A,
  VISITATION_REJECTED: MEMBER_A,
  CASE_MANAGER_ASSIGNED: TEAM_LEAD,
  PLAN_DRAFTED: CASE_MANAGER_1,
  PLAN_APPROVED: CASEWORKER,
  FOLLOW_UP_STARTED: CASE_MANAGER_1,
  COORDINATION_RESUMED: CASE_MANAGER_1,
  REASSESSMENT_STARTED: CASE_MANAGER_1,
  REASSESSMENT_COMPLETED: CASE_MANAGER_1,
  NOTE_ADDED: CASE_MANAGER_1,
  COURSE_CLOSED: CASE_MANAGER_1,
};

type Payload<T extends CourseEventType> = Omit<CourseEventOf<T>, 'type' | 'at' | 'actorId'>;

/** A well-formed event stamped with its type's fixed time. */
export function ev<T extends CourseEventType>(
  type: T,
  payload: Payload<T>,
  actorId: string = DEFAULT_ACTOR[type],
): CourseEventOf<T> {
  return { type, at: AT[type], actorId, ...payload } as CourseEventOf<T>;
}

/** An event whose payload slipped past validation (the machine must still refuse it). */
export function malformed(type: CourseEventType, payload: Record<string, unknown>): CourseEvent {
  return { type, at: AT[type], actorId: DEFAULT_ACTOR[type], ...payload } as unknown as CourseEvent;
}

/** An approval; once it completes the quorum it must name a case manager or a waitlist placement. */
export const approve = (actorId: string, caseManagerId?: string) =>
  ev('VISITATION_APPROVED', caseManagerId ? { caseManagerId } : {}, actorId);
export const approveToWaitlist = (actorId: string, waitlist: WaitlistPlacement = PLACEMENT) =>
  ev('VISITATION_APPROVED', { waitlist }, actorId);
export const assign = (caseManagerId: string) => ev('CASE_MANAGER_ASSIGNED', { caseManagerId });
export const draftPlan = (planVersion = 1) => ev('PLAN_DRAFTED', { planVersion });
export const approvePlan = () => ev('PLAN_APPROVED', {});
export const completeReassessment = (nextPhase: CourseEventOf<'REASSESSMENT_COMPLETED'>['nextPhase']) =>
  ev('REASSESSMENT_COMPLETED', { nextPhase });
export const close = (reason: CourseEventOf<'COURSE_CLOSED'>['reason']) => ev('COURSE_CLOSED', { reason });
export const reject = () => ev('VISITATION_REJECTED', { reason: 'not in the target group', alternative: 'CTI' });

/** Closure reasons that must be refused: the domain's "hard to reach", rejection's own, none. */
export const REFUSED_CLOSURES: ReadonlyArray<[string, CourseEvent]> = [
  ['hard_to_reach', malformed('COURSE_CLOSED', { reason: 'hard_to_reach' })],
  ['rejected_at_visitation', malformed('COURSE_CLOSED', { reason: 'rejected_at_visitation' })],
  ['no reason at all', malformed('COURSE_CLOSED', {})],
];

/**
 * The event samples offered in every state when generating paths: each guard gets inputs that
 * pass it and inputs that fail it (new and repeated approvers, naming a case manager, a waitlist
 * placement or neither,
 * the current and another case manager, every reassessment outcome, every closure reason).
 */
export function eventSamples(snapshot: CourseSnapshot): CourseEvent[] {
  const current = snapshot.context.caseManagerId;
  const caseManagers = [...new Set([current, CASE_MANAGER_1, CASE_MANAGER_2].filter((id): id is string => !!id))];
  return [
    ev('INFO_REQUESTED', { questions: ['Which §141 plan is in force?'] }),
    ev('INFO_PROVIDED', { answers: 'The plan of 2023.' }),
    ...[MEMBER_A, MEMBER_B].flatMap((member) => [
      approve(member),
      approve(member, CASE_MANAGER_1),
      approveToWaitlist(member),
    ]),
    reject(),
    ...caseManagers.map(assign),
    draftPlan(1),
    draftPlan(2),
    approvePlan(),
    ev('FOLLOW_UP_STARTED', {}),
    ev('COORDINATION_RESUMED', {}),
    ev('REASSESSMENT_STARTED', {}),
    ...REASSESSMENT_OUTCOMES.map(completeReassessment),
    malformed('REASSESSMENT_COMPLETED', { nextPhase: 'closed' }),
    ev('NOTE_ADDED', { text: 'Met at the shelter.' }),
    ev('NOTE_ADDED', { text: 'Met at the shelter.', notifyStaffIds: [NOTE_READER] }),
    ...STAFF_CLOSURE_REASONS.map(close),
    ...REFUSED_CLOSURES.map(([, event]) => event),
  ];
}

export interface Step {
  snapshot: CourseSnapshot;
  actions: Actions;
  /**
   * The event was taken: the machine made a new snapshot or asked for a side effect. A refused
   * event hands back the very same snapshot and no actions.
   */
  accepted: boolean;
}

export function start(input: CourseInput = courseInput()): Step {
  const [snapshot, actions] = initialTransition(icmCourseMachine, input);
  return { snapshot, actions, accepted: true };
}

export function send(before: CourseSnapshot, event: CourseEvent): Step {
  const [snapshot, actions] = transition(icmCourseMachine, before, event);
  return { snapshot, actions, accepted: snapshot !== before || actions.length > 0 };
}

/** Plays events from a fresh course; every one of them must be accepted. */
export function play(input: CourseInput, ...events: CourseEvent[]): Step {
  let step = start(input);
  for (const event of events) {
    const next = send(step.snapshot, event);
    if (!next.accepted) {
      throw new Error(`${event.type} was refused in ${JSON.stringify(step.snapshot.value)}`);
    }
    step = next;
  }
  return step;
}

/** The side effects asked for, by name and params, as the runtime would write them to the outbox. */
export const effects = (actions: Actions) => actions.map((action) => ({ type: action.type, params: action.params }));

export const notifications = (actions: Actions): NotifyParams[] =>
  actions.filter((action) => action.type === 'notify').map((action) => action.params as NotifyParams);

/** Every state node a state value is in, parents first: { referral: 'submitted' } -> referral, referral.submitted. */
export function stateNodePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [prefix + key] : [prefix + key, ...stateNodePaths(child, `${prefix}${key}.`)],
  );
}

/** The one atomic or final state node the course is in (the machine has no parallel states). */
export const leafOf = (snapshot: CourseSnapshot): string => stateNodePaths(snapshot.value).at(-1)!;
