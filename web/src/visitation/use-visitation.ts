import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { courseKey } from '@web/courses/use-course';

export type Decision = components['schemas']['VisitationDecisionDto'];
export const PAGE_SIZE = 20;

export function useQueue(status: 'awaiting_visitation' | 'information_requested', page: number) {
  return useQuery({
    queryKey: ['referrals', status, 'page', page],
    queryFn: () =>
      answer(
        api.GET('/api/v1/referrals', { params: { query: { status, limit: PAGE_SIZE, offset: page * PAGE_SIZE } } }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useReferral(courseId: string) {
  return useQuery({
    queryKey: ['referral', courseId],
    queryFn: () => answer(api.GET('/api/v1/referrals/{courseId}', { params: { path: { courseId } } })),
  });
}

/** Case managers with room, most free first; `includeFull` (a team lead, who may override the limit) adds the full ones. */
export function useAvailableCaseManagers(includeFull: boolean) {
  return useQuery({
    queryKey: ['case-managers', 'available', includeFull],
    queryFn: () =>
      answer(
        api.GET('/api/v1/staff/case-managers/available', {
          params: { query: includeFull ? { includeFull: 'true' } : {} },
        }),
      ),
  });
}

export function useWaitlist() {
  return useQuery({ queryKey: ['waitlist'], queryFn: () => answer(api.GET('/api/v1/waitlist')) });
}

/** A committee decision, sent with the course version the member read (If-Match). */
export function useDecide(courseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, version }: { decision: Decision; version: number }) =>
      answer(
        api.POST('/api/v1/courses/{id}/visitation', {
          params: { path: { id: courseId }, header: { 'If-Match': `"${version}"` } },
          body: decision,
        }),
      ),
    // The course itself is not fetched again: after an approval the committee no longer sees it.
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: [...courseKey(courseId), 'events'] }),
        client.invalidateQueries({ queryKey: ['referrals'] }),
        client.invalidateQueries({ queryKey: ['case-managers'] }),
        client.invalidateQueries({ queryKey: ['waitlist'] }),
      ]),
  });
}

/** A team lead assigns a waitlisted citizen to a case manager, with the course version the waitlist showed. */
export function useAssignFromWaitlist() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ courseId, version, caseManagerId }: { courseId: string; version: number; caseManagerId: string }) =>
      answer(
        api.POST('/api/v1/courses/{id}/events', {
          params: { path: { id: courseId }, header: { 'If-Match': `"${version}"` } },
          body: { type: 'CASE_MANAGER_ASSIGNED', caseManagerId } as components['schemas']['CourseEventBody'],
        }),
      ),
    onSettled: (_, __, { courseId }) =>
      Promise.all([
        client.invalidateQueries({ queryKey: courseKey(courseId) }),
        client.invalidateQueries({ queryKey: ['waitlist'] }),
        client.invalidateQueries({ queryKey: ['team'] }),
        client.invalidateQueries({ queryKey: ['case-managers'] }),
      ]),
  });
}
