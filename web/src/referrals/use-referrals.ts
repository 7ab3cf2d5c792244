import { useMutation, useQueries, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';

export type ReferralBody = components['schemas']['CreateReferralDto'];
export type QueueEntry = components['schemas']['QueueEntryAnswer'];
export const QUEUE_STATUSES = ['awaiting_visitation', 'information_requested', 'decided'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

export function useRefer(idempotencyKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReferralBody) =>
      answer(api.POST('/api/v1/referrals', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['referrals'] }),
  });
}

/** The caller's referrals in every status (the API narrows a caseworker's queue to their own). */
export function useReferralsByStatus(limit = 100) {
  return useQueries({
    queries: QUEUE_STATUSES.map((status) => ({
      queryKey: ['referrals', status, limit],
      queryFn: () => answer(api.GET('/api/v1/referrals', { params: { query: { status, limit } } })),
    })),
  });
}

export function useProvideInformation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, answers }: { courseId: string; answers: string }) =>
      answer(
        api.POST('/api/v1/courses/{id}/events', {
          params: { path: { id: courseId } },
          body: { type: 'INFO_PROVIDED', answers } as never,
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['referrals'] }),
  });
}
