import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';

const INBOX = ['notifications'] as const;

export function useInbox() {
  return useQuery({
    queryKey: INBOX,
    queryFn: () => answer(api.GET('/api/v1/me/notifications', { params: { query: { limit: 50 } } })),
    refetchInterval: 30_000,
  });
}

export const useUnreadCount = (): number => useInbox().data?.unread ?? 0;

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => answer(api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: INBOX }),
  });
}
