import type { AnyStateMachine } from 'xstate';
import {
  type CourseContext,
  ICM_COURSE_MACHINE_ID,
  ICM_COURSE_MACHINE_VERSION,
  icmCourseMachine,
  type TimerSpec,
  timersOf,
} from '@workflows/icm-course';

export interface CourseMachineDefinition {
  id: string;
  version: number;
  machine: AnyStateMachine;
  /** The timers a course on this version needs, from its context; versions without timers have none. */
  timersOf?: (context: CourseContext) => TimerSpec[];
}

/** Injection token for every machine version a course may have been started on. */
export const COURSE_MACHINES = Symbol('COURSE_MACHINES');

/**
 * Every version still running somewhere must stay in this list; new courses start on the newest
 * version of `icm-course`.
 */
export const KNOWN_COURSE_MACHINES: CourseMachineDefinition[] = [
  { id: ICM_COURSE_MACHINE_ID, version: ICM_COURSE_MACHINE_VERSION, machine: icmCourseMachine, timersOf },
];
