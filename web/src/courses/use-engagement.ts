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
  return useQuery({
    queryKey: [...courseKey(courseId), 'escalations'],
    queryFn: () => answer(api.GET('/api/v1/courses/{id}/escalations', path(courseId))),
    // A running ladder fires its steps on its own: look again while one runs.
    refetchInterval: (query) => (query.state.data?.some((ladder) => ladder.status === 'running') ? 3000 : false),
  });
}

export function useAppointments(courseId: string) {
  return useQuery({
    queryKey: [...courseKey(courseId), 'appointments'],
    queryFn: () => answer(api.GET('/api/v1/courses/{id}/appointments', path(courseId))),
  });
}

/** After any engagement change the course, its parts and the board are read again. */
function useCourseMutation<T>(courseId: string, send: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: courseKey(courseId) }),
        client.invalidateQueries({ queryKey: BOARD_KEY }),
      ]),
  });
}

export const useRecordContact = (courseId: string) =>
  useCourseMutation(courseId, (body: ContactBody) =>
    answer(api.POST('/api/v1/courses/{id}/contacts', { ...path(courseId), body })),
  );

export const useAcknowledge = (courseId: string) =>
  useCourseMutation(courseId, (body: { level: number; plannedAction: string }) =>
    answer(api.POST('/api/v1/courses/{id}/escalations/acknowledgements', { ...path(courseId), body })),
  );

export const useScheduleAppointment = (courseId: string) =>
  useCourseMutation(courseId, (body: AppointmentBody) =>
    answer(api.POST('/api/v1/courses/{id}/appointments', { ...path(courseId), body })),
  );

export const useRegisterAttendance = (courseId: string) =>
  useCourseMutation(courseId, ({ id, attendance }: { id: string; attendance: 'attended' | 'missed' }) =>
    answer(api.POST('/api/v1/appointments/{id}/attendance', { params: { path: { id } }, body: { attendance } })),
  );
