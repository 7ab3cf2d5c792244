import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import { ACCESS_POLICY, type RoutePolicy, routeKey } from '@src/access/access-policy';
import { ControllerRoutes } from '@src/access/controller-routes';
import { COURSE_EVENT_CATALOG } from '@src/courses/events/course-event-catalog';
import type { Vocabulary } from './malformed-values';

/** What one route of the running app takes: its policy, path parameters and the fields its DTOs know. */
export interface RouteInputs {
  key: string;
  method: string;
  path: string;
  policy: RoutePolicy;
  params: string[];
  /** Fields of the body's DTO; empty for a body taken as a plain object or not read at all. */
  bodyFields: string[];
  queryFields: string[];
  /** The values the route's DTOs accept for their `@IsIn` fields. */
  knownValues: unknown[];
}

type Dto = abstract new (...args: never[]) => unknown;

/** Every controller route the app serves (ControllerRoutes), with what its handler reads from the request. */
export function routeInputs(app: INestApplication): RouteInputs[] {
  const handlers = controllerHandlers(app);
  return app
    .get(ControllerRoutes)
    .keys()
    .map((key) => {
      const policy = ACCESS_POLICY[key];
      if (!policy) throw new Error(`${key} has no access policy`);
      const [method, path] = key.split(' ');
      const handler = handlers.get(key) ?? handlers.get(routeKey(method, path.replace(/^\/api\/v1/, '')));
      if (!handler) throw new Error(`No controller handler found for ${key}`);
      return {
        key,
        method,
        path,
        policy,
        params: [...path.matchAll(/:(\w+)/g)].map((match) => match[1]),
        bodyFields: fieldsOf(handler.body),
        queryFields: fieldsOf(handler.query),
        knownValues: [handler.body, handler.query].flatMap(allowedValuesOf),
      };
    });
}

/** class-validator's rules for a DTO, inherited ones included. */
const validationsOf = (dto: Dto) => getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);

const fieldsOf = (dto?: Dto): string[] =>
  dto ? [...new Set(validationsOf(dto).map((rule) => rule.propertyName))] : [];

/** The values of every `@IsIn` rule of a DTO (none for a plain object). */
const allowedValuesOf = (dto?: Dto): unknown[] =>
  dto ? validationsOf(dto).flatMap((rule) => (rule.name === 'isIn' ? (rule.constraints[0] as unknown[]) : [])) : [];

/**
 * Every field name and accepted value the routes' DTOs know, and those of each course event's
 * payload, since the events route takes a plain object: `type` plus that event's fields.
 */
export function vocabularyOf(routes: RouteInputs[]): Vocabulary {
  const payloads = Object.values(COURSE_EVENT_CATALOG).map((event) => event.payload);
  return {
    fields: [
      ...new Set([
        'type',
        ...routes.flatMap((route) => [...route.bodyFields, ...route.queryFields]),
        ...payloads.flatMap(fieldsOf),
      ]),
    ],
    values: [
      ...new Set([
        ...Object.keys(COURSE_EVENT_CATALOG),
        ...routes.flatMap((route) => route.knownValues),
        ...payloads.flatMap(allowedValuesOf),
      ]),
    ],
  };
}

interface Handler {
  body?: Dto;
  query?: Dto;
}

/** Each controller method by its `METHOD /path` (without the global prefix), with the DTOs of its whole @Body() and @Query(). */
function controllerHandlers(app: INestApplication): Map<string, Handler> {
  const handlers = new Map<string, Handler>();
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [...module.controllers.values()]);
  for (const { metatype } of controllers) {
    if (!metatype) continue;
    const controller = metatype as Dto & { prototype: Record<string, unknown> };
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const method = controller.prototype[name] as object;
      const verb: RequestMethod | undefined = Reflect.getMetadata(METHOD_METADATA, method);
      if (verb === undefined || name === 'constructor') continue;
      const path =
        '/' +
        [Reflect.getMetadata(PATH_METADATA, controller), Reflect.getMetadata(PATH_METADATA, method)]
          .map(trimSlashes)
          .filter(Boolean)
          .join('/');
      handlers.set(routeKey(RequestMethod[verb], path), {
        body: wholeArgumentDto(controller, name, RouteParamtypes.BODY),
        query: wholeArgumentDto(controller, name, RouteParamtypes.QUERY),
      });
    }
  }
  return handlers;
}

const trimSlashes = (path: string | undefined) => (path ?? '').replace(/^\/+|\/+$/g, '');

/** The class of a `@Body()` or `@Query()` argument taken whole, when it is a DTO with rules. */
function wholeArgumentDto(
  controller: Dto & { prototype: object },
  method: string,
  type: RouteParamtypes,
): Dto | undefined {
  const args: Record<string, { index: number; data?: unknown }> =
    Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, method) ?? {};
  const types: Dto[] = Reflect.getMetadata('design:paramtypes', controller.prototype, method) ?? [];
  const argument = Object.entries(args).find(
    ([slot, { data }]) => Number(slot.split(':')[0]) === type && data === undefined,
  )?.[1];
  const dto = argument && types[argument.index];
  return dto && validationsOf(dto).length > 0 ? dto : undefined;
}
