import {
  type ActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  createActor,
  type EventObject,
  initialTransition,
} from 'xstate';
import { acceptedEventTypes } from './event-acceptance';

/** What of a snapshot, live or persisted, decides the events it accepts: its state, never its context. */
export type Standing = Pick<AnyMachineSnapshot, 'status' | 'value'>;

export interface ExecutableAction {
  type: string;
  params?: unknown;
}

/**
 * Runs a machine's pure transition and collects the actions it names instead of executing them.
 * XState's `transition()` builds a throwaway actor on every call; this keeps one inert scope per
 * machine, which is safe because a transition is synchronous and touches nothing outside.
 */
export class MachineStepper {
  private collected: ExecutableAction[] = [];
  /** A machine has few states, and every read and event of a course answers its accepted events. */
  private readonly acceptedByStanding = new Map<string, readonly string[]>();
  private readonly scope: ActorScope<AnyMachineSnapshot, EventObject>;

  constructor(readonly machine: AnyStateMachine) {
    const self = createActor(machine, { input: {} });
    this.scope = {
      self,
      id: '',
      sessionId: '',
      system: self.system,
      defer: () => undefined,
      emit: () => undefined,
      logger: () => undefined,
      stopChild: () => undefined,
      actionExecutor: (action: ExecutableAction) => {
        this.collected.push({ type: action.type, params: action.params });
      },
    } as unknown as ActorScope<AnyMachineSnapshot, EventObject>;
  }

  start(input: unknown): [AnyMachineSnapshot, ExecutableAction[]] {
    return initialTransition(this.machine, input) as [AnyMachineSnapshot, ExecutableAction[]];
  }

  step(snapshot: AnyMachineSnapshot, event: EventObject): [AnyMachineSnapshot, ExecutableAction[]] {
    this.collected = [];
    const next = this.machine.transition(snapshot, event, this.scope);
    return [next, this.collected];
  }

  /** A snapshot read back from its persisted JSON. */
  restore(persisted: object): AnyMachineSnapshot {
    return this.machine.resolveState(persisted as Parameters<AnyStateMachine['resolveState']>[0]);
  }

  /** `acceptedEventTypes` of a snapshot in this standing, worked out once for each state. */
  acceptedEventTypes({ status, value }: Standing): string[] {
    const key = `${status} ${JSON.stringify(value)}`;
    let accepted = this.acceptedByStanding.get(key);
    if (!accepted) {
      accepted = acceptedEventTypes(this.restore({ status, value }));
      this.acceptedByStanding.set(key, accepted);
    }
    return [...accepted];
  }
}
