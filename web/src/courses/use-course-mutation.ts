import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BOARD_KEY } from '@web/board/use-board';
import { courseKey } from './use-course';

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

/** The path id and the `If-Match` of a change. */
export const withIfMatch = (courseId: string, ifMatch: string) => ({
  params: { path: { id: courseId }, header: { 'If-Match': ifMatch } },
});
