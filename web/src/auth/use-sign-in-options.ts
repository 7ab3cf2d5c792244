import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';

export function useSignInOptions() {
  return useQuery({
    queryKey: ['sign-in', 'options'],
    queryFn: () => answer(api.GET('/api/v1/sign-in/options')),
    staleTime: Infinity,
  });
}
