import { useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import { Problem } from '@web/api/problem';
import type { components } from '@web/api/schema';
import { courseKey } from '@web/courses/use-course';
import { useCourseMutation, withIfMatch } from '@web/courses/use-course-mutation';

export type PlanVersion = components['schemas']['PlanVersionAnswer'];
export type PlannedService = components['schemas']['PlannedServiceAnswer'];
export type PlanBody = components['schemas']['DraftPlanDto'];
export type ServiceStatus = PlannedService['status'];

const path = (courseId: string) => ({ params: { path: { id: courseId } } });
const planKey = (courseId: string) => [...courseKey(courseId), 'plan'] as const;

/** The latest version with its services as they stand now; null before the first draft (a 404). */
export function useCurrentPlan(courseId: string) {
  return useQuery({
    queryKey: [...planKey(courseId), 'current'],
    queryFn: async () => {
      try {
        return await answer(api.GET('/api/v1/courses/{id}/plan', path(courseId)));
      } catch (error) {
        if (error instanceof Problem && error.status === 404) return null;
        throw error;
      }
    },
  });
}

/** Every version as it was drafted, oldest first. */
export function usePlanVersions(courseId: string) {
  return useQuery({
    queryKey: [...planKey(courseId), 'versions'],
    queryFn: () => answer(api.GET('/api/v1/courses/{id}/plan/versions', path(courseId))),
  });
}

export const useDraftPlan = (courseId: string) =>
  useCourseMutation(courseId, (body: PlanBody, ifMatch) =>
    answer(api.POST('/api/v1/courses/{id}/plan', { ...withIfMatch(courseId, ifMatch), body })),
  );

export const useApprovePlan = (courseId: string) =>
  useCourseMutation(courseId, (_: void, ifMatch) =>
    answer(api.POST('/api/v1/courses/{id}/plan/approval', withIfMatch(courseId, ifMatch))),
  );

export const useMoveService = (courseId: string) =>
  useCourseMutation(courseId, ({ serviceId, status }: { serviceId: string; status: ServiceStatus }, ifMatch) =>
    answer(
      api.POST('/api/v1/courses/{id}/services/{serviceId}/status', {
        params: { path: { id: courseId, serviceId }, header: { 'If-Match': ifMatch } },
        body: { status },
      }),
    ),
  );
