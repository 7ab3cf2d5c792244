import { useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';
import { courseKey } from './use-course';
import { useCourseMutation, withIfMatch } from './use-course-mutation';

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

export const useRescheduleAppointment = (courseId: string) =>
  useCourseMutation(courseId, ({ id, ...times }: { id: string; startsAt: string; endsAt: string }, ifMatch) =>
    answer(api.PATCH('/api/v1/appointments/{id}', { ...withIfMatch(id, ifMatch), body: times })),
  );

export const useCancelAppointment = (courseId: string) =>
  useCourseMutation(courseId, ({ id, reason }: { id: string; reason?: string }, ifMatch) =>
    answer(api.POST('/api/v1/appointments/{id}/cancellation', { ...withIfMatch(id, ifMatch), body: { reason } })),
  );

export const useAddNote = (courseId: string) =>
  useCourseMutation(courseId, (body: { text: string }, ifMatch) =>
    answer(
      api.POST('/api/v1/courses/{id}/events', {
        ...withIfMatch(courseId, ifMatch),
        // The events route takes each event type's own fields; its schema names only the type.
        body: { type: 'NOTE_ADDED', text: body.text } as never,
      }),
    ),
  );
