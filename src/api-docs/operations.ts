import type { OpenAPIObject, OperationObject, PathItemObject } from '@nestjs/swagger';
import { routeKey } from '@src/access/access-policy';

export interface DocumentedOperation {
  /** The route's ACCESS_POLICY key, e.g. `GET /api/v1/courses/:id`. */
  key: string;
  /** The OpenAPI path, e.g. `/api/v1/courses/{id}`. */
  path: string;
  operation: OperationObject;
}

const METHODS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const satisfies readonly (keyof PathItemObject)[];

/** `/courses/:id` as OpenAPI writes it: `/courses/{id}`. */
export const openApiPathOf = (routePath: string) => routePath.replace(/:(\w+)/g, '{$1}');

const routePathOf = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

export function operationsOf(document: OpenAPIObject): DocumentedOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      key: routeKey(method, routePathOf(path)),
      path,
      operation: item[method]!,
    })),
  );
}
