import type { CourseEvent } from '@workflows/icm-course';

type Unstamped<E> = E extends unknown ? Omit<E, 'at' | 'actorId'> : never;

/** A course event as a client sends it to the events route: the runtime stamps who sent it and when. */
export type CourseEventBody = Unstamped<CourseEvent>;
