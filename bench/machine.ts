import { MachineStepper } from '@src/courses/machine-stepper';
import { icmCourseMachine, phaseOf } from '@workflows/icm-course';

export interface MachineResult {
  calls: number;
  seconds: number;
  transitionsPerSecond: number;
  microsPerTransition: number;
}

type PersistedSnapshot = { value: unknown; context: unknown };

/**
 * The pure machine step alone, in this process, as the course runtime takes it (MachineStepper) on
 * a `planning` snapshot restored from a course the API persisted, with the NOTE_ADDED the HTTP
 * clients send.
 */
export function measureMachine(persisted: PersistedSnapshot, caseManagerId: string, seconds: number): MachineResult {
  const stepper = new MachineStepper(icmCourseMachine);
  const snapshot = stepper.restore(persisted as object);
  if (phaseOf(snapshot.value) !== 'planning')
    throw new Error(`Expected a planning snapshot, got ${JSON.stringify(snapshot.value)}`);
  const event = {
    type: 'NOTE_ADDED' as const,
    text: 'x',
    at: '2026-01-01T00:00:00.000Z',
    actorId: caseManagerId,
    notifyStaffIds: [caseManagerId],
  };

  // Warm up the JIT, and check the step does what the API relies on (one notify action).
  for (let i = 0; i < 2000; i++) stepper.step(snapshot, event);
  const [, actions] = stepper.step(snapshot, event);
  if (actions.length !== 1) throw new Error(`NOTE_ADDED gave ${actions.length} actions, expected 1`);

  let calls = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(seconds * 1e9));
  let now = started;
  while (now < deadline) {
    for (let i = 0; i < 1000; i++) stepper.step(snapshot, event);
    calls += 1000;
    now = process.hrtime.bigint();
  }
  const elapsed = Number(now - started) / 1e9;
  return {
    calls,
    seconds: elapsed,
    transitionsPerSecond: calls / elapsed,
    microsPerTransition: (elapsed / calls) * 1e6,
  };
}
