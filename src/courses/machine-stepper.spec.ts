import { type AnyMachineSnapshot, initialTransition, transition } from 'xstate';
import { type CourseEvent, icmCourseMachine } from '@workflows/icm-course';
import { acceptedEventTypes } from './event-acceptance';
import { MachineStepper } from './machine-stepper';

describe('the machine stepper gives what XState’s pure transition gives', () => {
  const stepper = new MachineStepper(icmCourseMachine);
  const input = { citizenId: 'c-1', referredBy: 'w-1', referredAt: '2026-01-01T00:00:00.000Z', quorum: 1 };
  const events: CourseEvent[] = [
    { type: 'INFO_REQUESTED', questions: ['?'], at: '2026-01-02T00:00:00.000Z', actorId: 'm-1' },
    { type: 'INFO_PROVIDED', answers: '!', at: '2026-01-03T00:00:00.000Z', actorId: 'w-1' },
    { type: 'VISITATION_APPROVED', caseManagerId: 'cm-1', at: '2026-01-04T00:00:00.000Z', actorId: 'm-1' },
    { type: 'NOTE_ADDED', text: 'n', notifyStaffIds: ['s-1'], at: '2026-01-05T00:00:00.000Z', actorId: 'cm-1' },
    { type: 'CASE_MANAGER_ASSIGNED', caseManagerId: 'cm-2', at: '2026-01-06T00:00:00.000Z', actorId: 'tl-1' },
    { type: 'COURSE_CLOSED', reason: 'moved_away', at: '2026-01-07T00:00:00.000Z', actorId: 'cm-2' },
  ];

  it('for every step of a course, snapshots and named actions alike', () => {
    let [ours] = stepper.start(input);
    let [theirs] = initialTransition(icmCourseMachine, input);
    for (const event of events) {
      const [ourNext, ourActions] = stepper.step(stepper.restore(icmCourseMachine.getPersistedSnapshot(ours)), event);
      const [theirNext, theirActions] = transition(icmCourseMachine, theirs, event);
      expect(icmCourseMachine.getPersistedSnapshot(ourNext)).toEqual(icmCourseMachine.getPersistedSnapshot(theirNext));
      expect(ourActions).toEqual(theirActions.map((action) => ({ type: action.type, params: action.params })));
      [ours, theirs] = [ourNext, theirNext];
    }
    expect(ours.status).toBe('done');
  });

  it('collects only the actions of the current step', () => {
    const [start] = stepper.start(input);
    stepper.step(start, events[0]);
    const [, actions] = stepper.step(start, {
      type: 'NOTE_ADDED',
      text: 'n',
      notifyStaffIds: ['s-2'],
      at: 't',
      actorId: 'x',
    } as never);
    expect(actions).toEqual([
      { type: 'notify', params: { kind: 'case_note', recipients: [{ role: 'staff', staffId: 's-2' }] } },
    ]);
  });
});

describe('the events a snapshot accepts, worked out once for each state', () => {
  const input = { citizenId: 'c-1', referredBy: 'w-1', referredAt: '2026-01-01T00:00:00.000Z', quorum: 1 };
  const events: CourseEvent[] = [
    { type: 'VISITATION_APPROVED', caseManagerId: 'cm-1', at: '2026-01-04T00:00:00.000Z', actorId: 'm-1' },
    { type: 'NOTE_ADDED', text: 'n', notifyStaffIds: [], at: '2026-01-05T00:00:00.000Z', actorId: 'cm-1' },
    { type: 'COURSE_CLOSED', reason: 'moved_away', at: '2026-01-07T00:00:00.000Z', actorId: 'cm-1' },
  ];

  it('are those of the restored snapshot, live or persisted, in every state a course passes through', () => {
    const stepper = new MachineStepper(icmCourseMachine);
    let [snapshot] = stepper.start(input);
    for (const event of [...events, undefined]) {
      const persisted = icmCourseMachine.getPersistedSnapshot(snapshot) as AnyMachineSnapshot;
      const expected = acceptedEventTypes(stepper.restore(persisted));
      expect(stepper.acceptedEventTypes(persisted)).toEqual(expected);
      expect(stepper.acceptedEventTypes(snapshot)).toEqual(expected);
      if (event) [snapshot] = stepper.step(snapshot, event);
    }
    expect(snapshot.status).toBe('done');
    expect(stepper.acceptedEventTypes(snapshot)).toEqual([]);
  });

  it('depend on the state alone: a course in the same state with another context is answered without restoring it', () => {
    const stepper = new MachineStepper(icmCourseMachine);
    const [referred] = stepper.start(input);
    const [other] = stepper.start({ ...input, citizenId: 'c-2', quorum: 3 });
    const restore = jest.spyOn(stepper, 'restore');
    const first = stepper.acceptedEventTypes(referred);
    expect(stepper.acceptedEventTypes(other)).toEqual(first);
    expect(restore).toHaveBeenCalledTimes(1);
    expect(first).toContain('VISITATION_APPROVED');
  });

  it('are answered as a copy, so that changing one answer changes no later one', () => {
    const stepper = new MachineStepper(icmCourseMachine);
    const [referred] = stepper.start(input);
    stepper.acceptedEventTypes(referred).length = 0;
    expect(stepper.acceptedEventTypes(referred)).toEqual(acceptedEventTypes(referred));
  });
});
