import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { courseKey } from '@web/courses/use-course';
import { useCourseMutation, withIfMatch } from '@web/courses/use-course-mutation';

export type Assessment = components['schemas']['AssessmentAnswer'];
export type AssessmentBody = components['schemas']['RecordAssessmentDto'];

/** The course's assessments, oldest first. */
export function useAssessments(courseId: string) {
  return useQuery({
    queryKey: [...courseKey(courseId), 'assessments'],
    queryFn: () => answer(api.GET('/api/v1/courses/{id}/assessments', { params: { path: { id: courseId } } })),
  });
}

/** The baseline, or a reassessment that ends the reassessment phase in the phase it names. */
export const useRecordAssessment = (courseId: string) =>
  useCourseMutation(courseId, (body: AssessmentBody, ifMatch) =>
    answer(api.POST('/api/v1/courses/{id}/assessments', { ...withIfMatch(courseId, ifMatch), body })),
  );

/** Opens the reassessment phase (from coordination or follow-up), in which the reassessment is recorded. */
export const useStartReassessment = (courseId: string) =>
  useCourseMutation(courseId, (_: void, ifMatch) =>
    answer(
      api.POST('/api/v1/courses/{id}/events', {
        ...withIfMatch(courseId, ifMatch),
        body: { type: 'REASSESSMENT_STARTED' },
      }),
    ),
  );
