import type { GoalArea } from '@src/plans/plan-vocabulary';

/** The catalog key of a goal area's name: the nine domains have theirs already, housing its own. */
export const goalAreaKey = (area: GoalArea): string => (area === 'housing' ? 'plan.housingArea' : `domain.${area}`);
