import type { AssessmentKind } from '@src/assessments/assessment-vocabulary';
import type { Course } from '@web/courses/use-course';
import type { Assessment } from './use-assessments';

/**
 * The assessment the course takes now, if any: the baseline once, in planning; a reassessment in
 * the reassessment phase (the course takes REASSESSMENT_COMPLETED then, and only then).
 */
export function assessmentDue(
  course: Pick<Course, 'phase' | 'allowedEvents'>,
  assessments: Pick<Assessment, 'kind'>[],
): AssessmentKind | undefined {
  if (course.allowedEvents.includes('REASSESSMENT_COMPLETED')) return 'reassessment';
  if (course.phase === 'planning' && !assessments.some((assessment) => assessment.kind === 'baseline'))
    return 'baseline';
  return undefined;
}
