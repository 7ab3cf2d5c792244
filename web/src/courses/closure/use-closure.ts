import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { courseKey } from '@web/courses/use-course';
import { useCourseMutation } from '@web/courses/use-course-mutation';

export type ClosureProposal = components['schemas']['ClosureProposalAnswer'];
type ProposeBody = components['schemas']['ProposeClosureDto'];
type DecideBody = components['schemas']['DecideClosureDto'];

export function useClosureProposals(courseId: string) {
  return useQuery({
    queryKey: [...courseKey(courseId), 'closure-proposals'],
    queryFn: () => answer(api.GET('/api/v1/courses/{id}/closure-proposals', { params: { path: { id: courseId } } })),
  });
}

export const useProposeClosure = (courseId: string) =>
  useCourseMutation(courseId, (body: ProposeBody, ifMatch) =>
    answer(
      api.POST('/api/v1/courses/{id}/closure-proposals', {
        params: { path: { id: courseId }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  );

export const useDecideClosure = (courseId: string) =>
  useCourseMutation(courseId, ({ proposalId, ...body }: DecideBody & { proposalId: string }, ifMatch) =>
    answer(
      api.POST('/api/v1/closure-proposals/{id}/decision', {
        params: { path: { id: proposalId }, header: { 'If-Match': ifMatch } },
        body,
      }),
    ),
  );
