import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { courseKey } from '@web/courses/use-course';

export type PendingProposal = components['schemas']['PendingClosureProposalAnswer'];
export type ClosureDecision = components['schemas']['DecideClosureDto'];

export const PROPOSALS_PAGE_SIZE = 20;
const PROPOSALS_KEY = ['closure-proposals'] as const;

/** The closure proposals awaiting the team lead, oldest first. */
export function usePendingProposals(page: number) {
  return useQuery({
    queryKey: [...PROPOSALS_KEY, 'page', page],
    queryFn: () =>
      answer(
        api.GET('/api/v1/closure-proposals', {
          params: { query: { limit: PROPOSALS_PAGE_SIZE, offset: page * PROPOSALS_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** Approve (the course closes) or reject with a note; the proposal then leaves the list. */
export function useDecideClosure(proposal: PendingProposal) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ClosureDecision) =>
      answer(api.POST('/api/v1/closure-proposals/{id}/decision', { params: { path: { id: proposal.id } }, body })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: PROPOSALS_KEY }),
        client.invalidateQueries({ queryKey: courseKey(proposal.courseId) }),
        client.invalidateQueries({ queryKey: ['team'] }),
      ]),
  });
}
