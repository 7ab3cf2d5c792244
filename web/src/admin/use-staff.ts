import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { session } from '@web/auth/session';

export type StaffMember = components['schemas']['StaffMemberAnswer'];
export type NewStaffMember = components['schemas']['CreateStaffMemberDto'];
export type StaffChange = components['schemas']['UpdateStaffMemberDto'];
type Role = StaffMember['roles'][number];

/** Every role, in the order the add form offers them; `satisfies` keeps the list within the API's. */
export const ROLES = [
  'caseworker',
  'committee_member',
  'case_manager',
  'team_lead',
  'admin',
  'auditor',
] as const satisfies readonly Role[];

export const PAGE_SIZE = 20;
/** The caseload limit the API accepts: a whole number from 0 to 50. */
export const isCaseloadLimit = (value: string): boolean => /^\s*\d{1,2}\s*$/.test(value) && Number(value) <= 50;
/** Where Bull Board is served: a page of the service, outside the web application's routes. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

const staffKey = ['staff'] as const;

/** One page of the directory, by name, active and deactivated members alike. */
export function useStaffDirectory(page: number) {
  return useQuery({
    queryKey: [...staffKey, 'page', page],
    queryFn: () =>
      answer(api.GET('/api/v1/staff', { params: { query: { limit: PAGE_SIZE, offset: page * PAGE_SIZE } } })),
    placeholderData: keepPreviousData,
  });
}

export function useStaffMember(id: string) {
  return useQuery({
    queryKey: [...staffKey, id],
    queryFn: () => answer(api.GET('/api/v1/staff/{id}', { params: { path: { id } } })),
  });
}

/** One key per filled-in form (Idempotency-Key): a double click or a retry adds one member, not two. */
export function useAddStaffMember(idempotencyKey: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewStaffMember) =>
      answer(api.POST('/api/v1/staff', { body, headers: { 'Idempotency-Key': idempotencyKey } })),
    onSuccess: () => client.invalidateQueries({ queryKey: staffKey }),
  });
}

/**
 * A change to a member: their sign-in (e-mail, identity, active) through PATCH /staff/:id and, if
 * it changed, their caseload limit through its own route (which may offer a freed slot).
 */
export function useChangeStaffMember(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ change, maxCaseload }: { change: StaffChange; maxCaseload?: number }) => {
      let member: StaffMember | undefined;
      if (Object.keys(change).length > 0)
        member = await answer(api.PATCH('/api/v1/staff/{id}', { params: { path: { id } }, body: change }));
      if (maxCaseload !== undefined)
        member = await answer(
          api.PATCH('/api/v1/staff/{id}/caseload-limit', { params: { path: { id } }, body: { maxCaseload } }),
        );
      return member;
    },
    onSettled: () => client.invalidateQueries({ queryKey: staffKey }),
  });
}

/**
 * The queue dashboard is a page the browser opens without the bearer header, so the service first
 * hands this browser a short-lived HttpOnly cookie for it (src/queue-dashboard); then it opens.
 */
export function useOpenQueueDashboard() {
  return useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/v1/admin/dashboard-session', {
          // The route reads the bearer header itself; the client's middleware sets the same one.
          params: { header: { authorization: `Bearer ${session.token() ?? ''}` } },
        }),
      ),
    onSuccess: () => {
      window.open(QUEUE_DASHBOARD_PATH, '_blank', 'noopener');
    },
  });
}
