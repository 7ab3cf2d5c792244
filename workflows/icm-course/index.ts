export * from './course-vocabulary';
export * from './course-events';
export * from './course-context';
export * from './course-timers';
export * from './attention';
export { icmCourseMachine, ICM_COURSE_MACHINE_ID, ICM_COURSE_MACHINE_VERSION } from './icm-course.machine';
export { stateName, courseStateName, phaseOf, engagementOf } from './course-state';
