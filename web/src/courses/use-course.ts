import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';

export type Course = components['schemas']['CourseAnswer'];
export type CourseEvent = components['schemas']['CourseEventAnswer'];

export const courseKey = (courseId: string) => ['course', courseId] as const;

export function useCourse(courseId: string) {
  return useQuery({
    queryKey: courseKey(courseId),
    queryFn: () => answer(api.GET('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
  });
}

export function useCourseEvents(courseId: string, enabled = true) {
  return useQuery({
    queryKey: [...courseKey(courseId), 'events'],
    queryFn: () => answer(api.GET('/api/v1/courses/{id}/events', { params: { path: { id: courseId } } })),
    enabled,
  });
}

/** The payload of the newest event of a type, if the log has one. */
export function lastPayload<T>(events: CourseEvent[] | undefined, type: string): T | undefined {
  const found = events?.filter((event) => event.type === type).at(-1);
  return found?.payload as T | undefined;
}
