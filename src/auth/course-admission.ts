import { Forbidden, NotFound } from '@src/problems/domain-error';
import type { Caller, Role } from './roles';
import { type CourseFacts, courseAccess } from './course-relation';

/**
 * The course, if the caller may act on it in one of `allowedRoles`. Otherwise the refusal: 404
 * (naming `objectName` and `objectId`, as for no course at all) when no role relates them to it,
 * 403 when only roles that may not do this do.
 */
export function admitToCourse(
  caller: Caller,
  allowedRoles: readonly Role[],
  course: CourseFacts | undefined,
  objectName: string,
  objectId: string,
): CourseFacts {
  const access = course ? courseAccess(caller, allowedRoles, course) : 'hidden';
  if (access === 'hidden') throw new NotFound(objectName, objectId);
  if (access === 'forbidden')
    throw new Forbidden(`Your role in this course may not do this; it needs one of: ${allowedRoles.join(', ')}`);
  return course!;
}
