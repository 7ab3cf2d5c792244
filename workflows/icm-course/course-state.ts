import type { StateValue } from 'xstate';
import type { Phase } from './course-vocabulary';

/** `{ referral: 'submitted' }` -> `referral.submitted`; parallel regions are joined with `,`. */
export function stateName(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => (child && (typeof child === 'string' || Object.keys(child).length > 0) ? `${key}.${stateName(child as StateValue)}` : key))
    .join(',');
}

/** The phase is the course's top-level state. */
export function phaseOf(value: StateValue): Phase {
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as Phase;
}
