import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Me = components['schemas']['StaffMemberAnswer'];
export type Role = Me['roles'][number];

/** The signed-in staff member: name, roles, team. */
export function useMe(enabled: boolean) {
  return useQuery({ queryKey: ['me'], queryFn: () => answer(api.GET('/api/v1/me')), enabled, staleTime: 60_000 });
}
