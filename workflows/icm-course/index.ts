export * from './course-vocabulary';
export * from './course-events';
export * from './course-context';
export { icmCourseMachine, ICM_COURSE_MACHINE_ID, ICM_COURSE_MACHINE_VERSION } from './icm-course.machine';
export { stateName, phaseOf } from './course-state';
