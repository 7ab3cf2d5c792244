import type { StateValue } from 'xstate';
import type { EngagementState, Phase } from './course-vocabulary';

/** `{ referral: 'submitted' }` -> `referral.submitted`; parallel regions are joined with `,`. */
export function stateName(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) =>
      child && (typeof child === 'string' || Object.keys(child).length > 0)
        ? `${key}.${stateName(child as StateValue)}`
        : key,
    )
    .join(',');
}

/**
 * The course's own region. From version 2 the course runs beside its engagement region; earlier
 * versions had the phases at the top, and their courses keep that shape.
 */
const courseRegion = (value: StateValue): StateValue =>
  typeof value === 'object' && 'course' in value ? (value.course as StateValue) : value;

/** The state of the course's phases, e.g. `visitation.waitlisted`. */
export const courseStateName = (value: StateValue): string => stateName(courseRegion(value));

/** The phase is the top-level state of the course's region. */
export function phaseOf(value: StateValue): Phase {
  const course = courseRegion(value);
  return (typeof course === 'string' ? course : Object.keys(course)[0]) as Phase;
}

/** Whether the citizen is in contact; machines without the region are always `engaged`. */
export function engagementOf(value: StateValue): EngagementState {
  return typeof value === 'object' && typeof value.engagement === 'string'
    ? (value.engagement as EngagementState)
    : 'engaged';
}
