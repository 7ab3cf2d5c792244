import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { BOARD_KEY } from '@web/board/use-board';
import { courseKey } from './use-course';

export type Ladder = components['schemas']['LadderAnswer'];
export type Appointment = components['schemas']['AppointmentRecordAnswer'];
export type ContactBody = components['schemas']['RecordContactDto'];
export type AppointmentBody = components['schemas']['ScheduleAppointmentDto'];

const path = (courseId: string) => ({ params: { path: { id: courseId } } });

export function useLadders(courseId: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: [...courseKey(courseId), 'escalations'],
    queryFn: async () => {
      const ladders = await answer(api.GET('/api/v1/courses/{id}/escalations', path(courseId)));
      // A fired step is an event: the course's version moved on with it.
      await client.invalidateQueries({ queryKey: courseKey(courseId), exact: true });
      return ladders;
    },
    // A step past its due time is about to fire: look again until it has (and only then).
    refetchInterval: (query) => (query.state.data?.some(stepAboutToFire) ? 2000 : false),
  });
}

const stepAboutToFire = (ladder: Ladder) =>
  ladder.status === 'running' &&
  ladder.steps.some((step) => step.status === 'due' && Date.parse(step.dueAt) <= Date.now());

export function useAppointments(courseId: string) {
  return useQuery({
    queryKey: [...courseKey(courseId), 'appointments'],
    queryFn: () => answer(api.GET('/api/v1/courses/{id}/appointments', path(courseId))),
  });
}

/**
 * A change to the course, sent with the version the page read (`If-Match`): a concurrent change is
 * refused with a 409 and shown, never overwritten. After any change the course, its parts and the
 * board are read again.
 */
export function useCourseMutation<T>(courseId: string, send: (body: T, ifMatch: string) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, version }: { body: T; version: number }) => send(body, `"${version}"`),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: courseKey(courseId) }),
        client.invalidateQueries({ queryKey: BOARD_KEY }),
      ]),
  });
}

/** Reads the course again, e.g. after a 409 showed that someone else changed it. */
export function useReloadCourse(courseId: string) {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: courseKey(courseId) });
}

export const withIfMatch = (courseId: string, ifMatch: string) => ({
  params: { path: { id: courseId }, header: { 'If-Match': ifMatch } },
});

export const useRecordContact = (courseId: string) =>
  useCourseMutation(courseId, (body: ContactBody, ifMatch) =>
    answer(api.POST('/api/v1/courses/{id}/contacts', { ...withIfMatch(courseId, ifMatch), body })),
  );

export const useAcknowledge = (courseId: string) =>
  useCourseMutation(courseId, (body: { level: number; plannedAction: string }, ifMatch) =>
    answer(api.POST('/api/v1/courses/{id}/escalations/acknowledgements', { ...withIfMatch(courseId, ifMatch), body })),
  );

export const useScheduleAppointment = (courseId: string) =>
  useCourseMutation(courseId, (body: AppointmentBody, ifMatch) =>
    answer(api.POST('/api/v1/courses/{id}/appointments', { ...withIfMatch(courseId, ifMatch), body })),
  );

export const useRegisterAttendance = (courseId: string) =>
  useCourseMutation(courseId, ({ id, attendance }: { id: string; attendance: 'attended' | 'missed' }, ifMatch) =>
    answer(api.POST('/api/v1/appointments/{id}/attendance', { ...withIfMatch(id, ifMatch), body: { attendance } })),
  );
