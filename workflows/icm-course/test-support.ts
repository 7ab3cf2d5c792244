/**
 * Test support for the ICM course machine's specs: fixed people and times, event builders, a pure
 * driver over XState's `initialTransition` / `transition`, and the courses generated from the
 * machine's graph. No clock, no I/O.
 */
import { getShortestPaths } from '@xstate/graph';
import { type ExecutableActionsFrom, initialTransition, type SnapshotFrom, type StateValue, transition } from 'xstate';
import { OUTREACH_LADDER } from '@workflows/outreach-ladder';
import type { CourseInput, NotifyParams } from './course-context';
import {
  COURSE_EVENT_TYPES,
  type CourseEvent,
  type CourseEventOf,
  type CourseEventType,
  type WaitlistPlacement,
} from './course-events';
import { REMINDER_KINDS, type TimerKey, timersOf } from './course-timers';
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

export const APPOINTMENT = 'appointment-1';
export const SLOT = { startsAt: '2024-03-04T09:00:00.000Z', endsAt: '2024-03-04T10:00:00.000Z' };
export const MOVED_SLOT = { startsAt: '2024-03-11T13:00:00.000Z', endsAt: '2024-03-11T14:00:00.000Z' };
export const CONTACT_AT = '2024-02-19T07:30:00.000Z';
export const CONTACT_BEFORE_ANY_MISS = '2024-01-20T07:30:00.000Z';
export const WHEREABOUTS = ['the night shelter', 'the harbour front'];

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
  APPOINTMENT_SCHEDULED: CASE_MANAGER_1,
  APPOINTMENT_RESCHEDULED: CASE_MANAGER_1,
  APPOINTMENT_CANCELLED: CASE_MANAGER_1,
  APPOINTMENT_ATTENDED: CASE_MANAGER_1,
  APPOINTMENT_MISSED: CASE_MANAGER_1,
  CONTACT_RECORDED: CASE_MANAGER_1,
  // Timers are fired by the worker, which acts as the system.
  ESCALATION_STEP_DUE: 'system',
  ESCALATION_ACKNOWLEDGED: CASE_MANAGER_1,
  REMINDER_DUE: 'system',
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
export const requestInfo = () => ev('INFO_REQUESTED', { questions: ['Is the citizen in treatment?'] });
export const provideInfo = () => ev('INFO_PROVIDED', { answers: 'Yes, at the outpatient clinic.' });

export const schedule = (slot = SLOT, appointmentId = APPOINTMENT) =>
  ev('APPOINTMENT_SCHEDULED', { appointmentId, ...slot });
export const reschedule = (slot = MOVED_SLOT, appointmentId = APPOINTMENT) =>
  ev('APPOINTMENT_RESCHEDULED', { appointmentId, ...slot });
export const cancel = (appointmentId = APPOINTMENT) =>
  ev('APPOINTMENT_CANCELLED', { appointmentId, reason: 'The clinic moved it.' });
export const attend = (appointmentId = APPOINTMENT) => ev('APPOINTMENT_ATTENDED', { appointmentId });
export const miss = (appointmentId = APPOINTMENT) => ev('APPOINTMENT_MISSED', { appointmentId, automatic: true });
export const contact = (successful: boolean, contactAt = CONTACT_AT) =>
  ev('CONTACT_RECORDED', { contactId: 'contact-1', contactAt, channel: 'phone', successful });
export const escalationTimer = (ladder: number, step: number): TimerKey => ({
  kind: 'escalation_step',
  subject: `${ladder}.${step}`,
});
export const stepDue = (ladder: number, step: number, whereabouts = WHEREABOUTS) =>
  ev('ESCALATION_STEP_DUE', { timer: escalationTimer(ladder, step), whereabouts });
export const acknowledge = (level: number, plannedAction = 'Visit the night shelter tonight.') =>
  ev('ESCALATION_ACKNOWLEDGED', { level, plannedAction });
export const reminderDue = (timer: TimerKey) => ev('REMINDER_DUE', { timer });

/** Closure reasons that must be refused: the domain's "hard to reach", rejection's own, none. */
export const REFUSED_CLOSURES: ReadonlyArray<[string, CourseEvent]> = [
  ['hard_to_reach', malformed('COURSE_CLOSED', { reason: 'hard_to_reach' })],
  ['rejected_at_visitation', malformed('COURSE_CLOSED', { reason: 'rejected_at_visitation' })],
  ['no reason at all', malformed('COURSE_CLOSED', {})],
];

/** No timer has this key: a reminder whose subject moved on (no_contact is never anchored at the referral). */
export const STALE_REMINDER: TimerKey = { kind: 'no_contact', subject: REFERRED_AT };

/** The graph climbs each ladder up to its first reminder after the last level, and no further. */
export const SAMPLED_STEPS = OUTREACH_LADDER.levels.length + 1;

/**
 * The engagement samples. One appointment, scheduled until a second ladder has started (so a miss
 * during outreach, which must open no other ladder, and a second ladder are both reached), moved once;
 * a successful and an unsuccessful contact, and a successful one dated before the miss; the pending escalation step (up to SAMPLED_STEPS) and a
 * stale one; acknowledgement of level 1 and level 3 (each reached or not); every pending reminder
 * and a stale one.
 */
export function engagementSamples(snapshot: CourseSnapshot): CourseEvent[] {
  const { outreach, ladders } = snapshot.context;
  const pendingReminders = timersOf(snapshot.context)
    .filter((timer) => (REMINDER_KINDS as readonly string[]).includes(timer.kind))
    .map(({ kind, subject }) => reminderDue({ kind, subject }));
  return [
    ...(ladders < 2 ? [schedule()] : []),
    reschedule(),
    cancel(),
    attend(),
    miss(),
    contact(true),
    contact(false),
    // Dated before any miss: the citizen was reached, but not since the ladder began.
    contact(true, CONTACT_BEFORE_ANY_MISS),
    ...(outreach && outreach.step < SAMPLED_STEPS ? [stepDue(outreach.ladder, outreach.step + 1)] : []),
    // Already fired during a ladder; otherwise the first step of a ladder that has not started.
    outreach ? stepDue(outreach.ladder, outreach.step) : stepDue(ladders + 1, 1),
    acknowledge(1),
    acknowledge(3),
    ...pendingReminders,
    reminderDue(STALE_REMINDER),
  ];
}

/**
 * The samples of the course's own events: each guard gets inputs that pass it and inputs that fail
 * it (new and repeated approvers, naming a case manager, a waitlist placement or neither, the
 * current and another case manager, every reassessment outcome, every closure reason).
 */
export function phaseSamples(snapshot: CourseSnapshot): CourseEvent[] {
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

/** Every sample of every event type, as tried on each generated course. */
export const eventSamples = (snapshot: CourseSnapshot): CourseEvent[] => [
  ...phaseSamples(snapshot),
  ...engagementSamples(snapshot),
];

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
  for (const event of events) step = playOn(step.snapshot, event);
  return step;
}

/** Sends events to a course; every one of them must be accepted. */
export function playOn(snapshot: CourseSnapshot, ...events: CourseEvent[]): Step {
  let step: Step = { snapshot, actions: [], accepted: true };
  for (const event of events) {
    const next = send(step.snapshot, event);
    if (!next.accepted) {
      throw new Error(`${event.type} was refused in ${JSON.stringify(step.snapshot.value)}`);
    }
    step = next;
  }
  return step;
}

/** Ways into each phase, by well-formed events only. */
export const ROUTES = {
  'referral.submitted': { quorum: 1, events: [] as CourseEvent[] },
  'referral.information_requested': { quorum: 1, events: [requestInfo()] },
  'visitation.deliberating': { quorum: 2, events: [approve(MEMBER_A)] },
  'visitation.waitlisted': { quorum: 1, events: [approveToWaitlist(MEMBER_A)] },
  planning: { quorum: 1, events: [approve(MEMBER_A, CASE_MANAGER_1)] },
  coordination: { quorum: 1, events: [approve(MEMBER_A, CASE_MANAGER_1), draftPlan(1), approvePlan()] },
  follow_up: {
    quorum: 1,
    events: [approve(MEMBER_A, CASE_MANAGER_1), draftPlan(1), approvePlan(), ev('FOLLOW_UP_STARTED', {})],
  },
  reassessment: {
    quorum: 1,
    events: [approve(MEMBER_A, CASE_MANAGER_1), draftPlan(1), approvePlan(), ev('REASSESSMENT_STARTED', {})],
  },
};
export type RoutedPhase = keyof typeof ROUTES;
export const ROUTED_PHASES = Object.keys(ROUTES) as RoutedPhase[];

/** A course in the given phase, the citizen engaged. */
export function courseIn(phase: RoutedPhase): CourseSnapshot {
  const { snapshot } = play(courseInput(ROUTES[phase].quorum), ...ROUTES[phase].events);
  expect(phaseLeafOf(snapshot)).toBe(phase);
  return snapshot;
}

/** A refused event leaves the course exactly as it was, asks for nothing, and is not offered. */
export function expectRefused(snapshot: CourseSnapshot, event: CourseEvent) {
  const step = send(snapshot, event);
  expect(step.accepted).toBe(false);
  expect(step.snapshot).toBe(snapshot);
  expect(step.actions).toEqual([]);
  expect(snapshot.can(event)).toBe(false);
}

/** The state value of a course in a phase while the citizen is engaged, and of a closed course. */
export const engagedIn = (phase: StateValue) => ({ course: phase, engagement: 'engaged' });
export const closedValue = { course: 'closed', engagement: 'ended' };

export const notifyOf = (kind: string, recipients: unknown[]) => ({ type: 'notify', params: { kind, recipients } });
export const freedSlot = (caseManagerId: string) => ({ type: 'offerFreedSlot', params: { caseManagerId } });

/** The side effects asked for, by name and params, as the runtime would write them to the outbox. */
export const effects = (actions: Actions) => actions.map((action) => ({ type: action.type, params: action.params }));

export const notifications = (actions: Actions): NotifyParams[] =>
  actions.filter((action) => action.type === 'notify').map((action) => action.params as NotifyParams);

/**
 * Every state node a state value is in, parents first:
 * { course: { referral: 'submitted' } } -> course, course.referral, course.referral.submitted.
 */
export function stateNodePaths(value: StateValue, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix + value];
  return Object.entries(value).flatMap(([key, child]) =>
    child === undefined ? [prefix + key] : [prefix + key, ...stateNodePaths(child, `${prefix}${key}.`)],
  );
}

/** The atomic or final state node a region is in, without the region's name: `referral.submitted`. */
function leafIn(snapshot: CourseSnapshot, region: 'course' | 'engagement'): string {
  const inRegion = stateNodePaths(snapshot.value).filter((path) => path.startsWith(`${region}.`));
  return inRegion.at(-1)!.slice(region.length + 1);
}

/** Where the course is in its phases, e.g. `visitation.waitlisted`. */
export const phaseLeafOf = (snapshot: CourseSnapshot): string => leafIn(snapshot, 'course');

/** Whether the citizen is engaged, in outreach, or the course has ended. */
export const engagementLeafOf = (snapshot: CourseSnapshot): string => leafIn(snapshot, 'engagement');

/** A course generated from the machine's graph: its input, the events that led to it, where it is. */
export interface GeneratedCourse {
  quorum: number;
  events: CourseEvent[];
  snapshot: CourseSnapshot;
}

/**
 * Transitions tried per traversal. The sampled course space is finite; a machine that stamped
 * anything but the events' own data into its context would make it endless, so fail instead of hanging.
 */
const TRAVERSAL_LIMIT = 1_000_000;

function explore(from: GeneratedCourse, samples: (snapshot: CourseSnapshot) => CourseEvent[]): GeneratedCourse[] {
  return getShortestPaths(icmCourseMachine, {
    fromState: from.snapshot,
    events: samples,
    // A closed course is where the runtime stops; nothing is explored beyond it.
    stopWhen: (snapshot) => snapshot.status === 'done',
    limit: TRAVERSAL_LIMIT,
  }).map((path) => ({
    quorum: from.quorum,
    events: [...from.events, ...path.steps.slice(1).map((step) => step.event)],
    snapshot: path.state,
  }));
}

const acceptedTypes = (snapshot: CourseSnapshot) =>
  new Set(
    eventSamples(snapshot)
      .filter((event) => snapshot.can(event))
      .map((event) => event.type),
  );

/**
 * The engagement multiplies the course's states, so the graph is explored in two parts: the
 * phases with the course's own events (quorum 1 and 2, the citizen engaged), then, from the course
 * in each phase that accepts the most kinds of event, the engagement samples and the two ways a
 * course ends (a rejection and a staff closure).
 */
export function generateCourses(): { phases: GeneratedCourse[]; engagement: GeneratedCourse[] } {
  const phases = [1, 2].flatMap((quorum) =>
    explore({ quorum, events: [], snapshot: start(courseInput(quorum)).snapshot }, phaseSamples),
  );
  const representatives = new Map<string, { course: GeneratedCourse; accepts: number }>();
  for (const course of phases.filter((generated) => generated.snapshot.status === 'active')) {
    const phase = phaseLeafOf(course.snapshot);
    const accepts = acceptedTypes(course.snapshot).size;
    if (accepts > (representatives.get(phase)?.accepts ?? 0)) representatives.set(phase, { course, accepts });
  }
  const endings = [reject(), close('declined')];
  const engagement = [...representatives.values()].flatMap(({ course }) =>
    explore(course, (snapshot) => [...engagementSamples(snapshot), ...endings]),
  );
  return { phases, engagement };
}
