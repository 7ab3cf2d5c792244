import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { useMe } from '@web/auth/use-me';

export type CaseManagerLoad = components['schemas']['AvailableCaseManagerAnswer'];
export type OutOfContact = components['schemas']['OutOfContactAnswer'];

export const TEAM_PAGE_SIZE = 20;

/** The signed-in team lead's team's case managers with caseload and limit, full ones included. */
export function useTeamCaseloads() {
  const teamId = useMe(true).data?.teamId ?? null;
  return useQuery({
    queryKey: ['team', teamId, 'caseloads'],
    queryFn: () => answer(api.GET('/api/v1/teams/{teamId}/caseloads', { params: { path: { teamId: teamId! } } })),
    enabled: teamId !== null,
  });
}

/** The case managers' names by id, for lists that name only the id. */
export function useCaseManagerNames(): Map<string, string> {
  const { data } = useTeamCaseloads();
  return useMemo(() => new Map((data ?? []).map((member) => [member.id, member.name])), [data]);
}

/** The team's citizens out of contact (running outreach ladders), longest first. */
export function useOutOfContact(page: number) {
  return useQuery({
    queryKey: ['escalations', 'open', 'page', page],
    queryFn: () =>
      answer(
        api.GET('/api/v1/escalations', {
          params: { query: { status: 'open', limit: TEAM_PAGE_SIZE, offset: page * TEAM_PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
    // A ladder climbs on its own: look again now and then while the page is open.
    refetchInterval: 30_000,
  });
}
