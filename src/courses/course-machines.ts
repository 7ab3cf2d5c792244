import type { AnyStateMachine } from 'xstate';
import { ICM_COURSE_MACHINE_ID, ICM_COURSE_MACHINE_VERSION, icmCourseMachine } from '../../workflows/icm-course';

export interface CourseMachineDefinition {
  id: string;
  version: number;
  machine: AnyStateMachine;
}

/** Injection token for every machine version a course may have been started on. */
export const COURSE_MACHINES = Symbol('COURSE_MACHINES');

/**
 * Every version still running somewhere must stay in this list; new courses start on the newest
 * version of `icm-course`.
 */
export const KNOWN_COURSE_MACHINES: CourseMachineDefinition[] = [
  { id: ICM_COURSE_MACHINE_ID, version: ICM_COURSE_MACHINE_VERSION, machine: icmCourseMachine },
];
