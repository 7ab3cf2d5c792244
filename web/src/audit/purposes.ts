/**
 * What a logged read was of, from its route pattern: the last named part of the path
 * (`GET /api/v1/courses/:id/plan/versions/:version` is the plan's versions). A route not named
 * here is shown by its pattern alone.
 */
export const SUBJECTS = [
  'referrals',
  'visitation',
  'waitlist',
  'courses',
  'events',
  'appointments',
  'cancellation',
  'attendance',
  'contacts',
  'escalations',
  'acknowledgements',
  'plan',
  'approval',
  'versions',
  'services',
  'status',
  'assessments',
  'closure-proposals',
  'decision',
  'export',
  'erasure',
  'citizen-lookup',
  'calendar',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export function subjectOf(route: string): Subject | undefined {
  const path = route.split(' ')[1] ?? '';
  const named = path.split('/').filter((part) => part && !part.startsWith(':'));
  return SUBJECTS.find((subject) => subject === named.at(-1));
}
