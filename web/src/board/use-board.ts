import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';

export type BoardEntry = components['schemas']['BoardEntryAnswer'];
export type Attention = components['schemas']['AttentionAnswer'];

export const BOARD_KEY = ['board'] as const;

/** The case manager's citizens, whoever needs attention now first (the service orders them). */
export function useBoard() {
  return useQuery({ queryKey: BOARD_KEY, queryFn: () => answer(api.GET('/api/v1/me/courses')) });
}
