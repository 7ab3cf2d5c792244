import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';

export type NotificationPreferences = components['schemas']['NotificationPreferencesAnswer'];
export type NotificationPreferencesBody = components['schemas']['NotificationPreferencesDto'];

const PREFERENCES_KEY = ['me', 'notification-preferences'] as const;

/** How notifications reach the signed-in person, and whether the service sends e-mail at all. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => answer(api.GET('/api/v1/me/notification-preferences')),
  });
}

export function useChangeNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NotificationPreferencesBody) => answer(api.PUT('/api/v1/me/notification-preferences', { body })),
    onSuccess: (saved) => client.setQueryData(PREFERENCES_KEY, saved),
  });
}

/** A new secret calendar address; the service keeps only its hash, so it is shown only here, once. */
export function useRotateCalendarFeed() {
  return useMutation({ mutationFn: () => answer(api.POST('/api/v1/me/calendar-feed')) });
}
