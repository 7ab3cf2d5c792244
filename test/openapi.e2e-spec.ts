import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIObject, OperationObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import { ACCESS_POLICY } from '@src/access/access-policy';
import { ControllerRoutes } from '@src/access/controller-routes';
import { openApiPathOf } from '@src/api-docs/operations';
import { startApp, type TestApp } from './support/test-app';

type Schema = SchemaObject | ReferenceObject;

interface Route {
  key: string;
  operation: OperationObject | undefined;
}

const PROBLEM_CONTENT = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };

describe('the OpenAPI document at /api/docs-json', () => {
  let api: TestApp;
  let document: OpenAPIObject;
  /** Every controller route the app serves, with its operation in the document. */
  let routes: Route[];

  beforeAll(async () => {
    api = await startApp();
    document = (await api.http.get('/api/docs-json').expect(200)).body;
    routes = api.app
      .get(ControllerRoutes)
      .keys()
      .map((key) => {
        const [method, path] = key.split(' ');
        return { key, operation: document.paths[openApiPathOf(path)]?.[method.toLowerCase() as 'get'] };
      });
  });
  afterAll(() => api.close());

  const keysOf = (list: Route[]) => list.map((route) => route.key);
  const policyOf = (route: Route) => ACCESS_POLICY[route.key];
  const nonPublic = () => routes.filter((route) => policyOf(route).roles !== 'public');

  it('validates as OpenAPI 3', async () => {
    expect(document.openapi).toMatch(/^3\./);
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });

  it('documents every route of the app, each with a typed success answer', () => {
    expect(routes.length).toBeGreaterThan(40);
    expect(keysOf(routes.filter((route) => !route.operation))).toEqual([]);
    expect(keysOf(routes.filter((route) => !hasTypedSuccess(route.operation!, document)))).toEqual([]);
  });

  it('asks a bearer token of every route but the public ones, which need none', () => {
    const bearerScheme = (security = document.security) =>
      (security ?? []).some((requirement) => 'bearer' in requirement);
    expect(document.components?.securitySchemes?.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'JWT',
    });
    expect(keysOf(nonPublic().filter((route) => !bearerScheme(route.operation!.security)))).toEqual([]);
    const publicRoutes = routes.filter((route) => policyOf(route).roles === 'public');
    expect(publicRoutes.length).toBeGreaterThan(0);
    expect(keysOf(publicRoutes.filter((route) => route.operation!.security?.length !== 0))).toEqual([]);
  });

  it('gives every non-public route its 401 and 403 problem answers, every route naming a course its 404, every body its 422', () => {
    const lacking = (list: Route[], status: number) =>
      keysOf(list.filter((route) => !problemAnswer(route.operation!, status)));
    expect(lacking(nonPublic(), 401)).toEqual([]);
    expect(lacking(nonPublic(), 403)).toEqual([]);
    expect(
      lacking(
        routes.filter((route) => policyOf(route).object),
        404,
      ),
    ).toEqual([]);
    expect(
      lacking(
        routes.filter((route) => route.operation!.requestBody),
        422,
      ),
    ).toEqual([]);
  });

  it('sends every refusal as a Problem, whose schema has the RFC 9457 members and the field errors', () => {
    const refusals = routes.flatMap((route) =>
      Object.entries(route.operation!.responses)
        .filter(([status]) => Number(status) >= 400)
        .map(([status, response]) => ({ at: `${route.key} ${status}`, content: (response as ResponseObject).content })),
    );
    expect(
      refusals
        .filter((refusal) => JSON.stringify(refusal.content) !== JSON.stringify(PROBLEM_CONTENT))
        .map((refusal) => refusal.at),
    ).toEqual([]);
    const problem = document.components!.schemas!.Problem as SchemaObject;
    expect(problem.required).toEqual(['type', 'title', 'status', 'detail']);
    expect(Object.keys(problem.properties!)).toEqual(expect.arrayContaining(['errors', 'allowedEvents']));
  });

  it('documents a 409 wherever the service refuses with a conflict', () => {
    const conflicts = [
      'POST /api/v1/referrals',
      'POST /api/v1/courses/:id/events',
      'POST /api/v1/courses/:id/visitation',
      'POST /api/v1/citizens/:citizenId/erasure',
    ];
    expect(
      conflicts.filter((key) => !problemAnswer(routes.find((route) => route.key === key)!.operation!, 409)),
    ).toEqual([]);
    const refusedEvent = routes.find((route) => route.key === 'POST /api/v1/courses/:id/events')!.operation!
      .responses[409] as ResponseObject;
    expect(refusedEvent.description).toContain('allowedEvents');
  });

  it('gives an example of every request body', () => {
    const withBody = routes.filter((route) => route.operation!.requestBody);
    expect(withBody.length).toBeGreaterThan(15);
    const gaps = withBody.flatMap((route) => {
      const media = (
        route.operation!.requestBody as {
          content: Record<string, { schema: Schema; example?: unknown; examples?: object }>;
        }
      ).content['application/json'];
      if (media.example !== undefined || media.examples !== undefined) return [];
      return propertiesWithoutExample(media.schema, document).map((property) => `${route.key}: ${property}`);
    });
    expect(gaps).toEqual([]);
  });
});

function resolve(schema: Schema, document: OpenAPIObject): SchemaObject {
  if (!('$ref' in schema)) return schema;
  return document.components!.schemas![schema.$ref.replace('#/components/schemas/', '')] as SchemaObject;
}

/** A 2xx answer whose body has a schema that says something (204s have no body to describe). */
function hasTypedSuccess(operation: OperationObject, document: OpenAPIObject): boolean {
  return Object.entries(operation.responses).some(([status, response]) => {
    if (!/^2\d\d$/.test(status)) return false;
    if (status === '204') return true;
    return Object.values((response as ResponseObject).content ?? {}).some(
      ({ schema }) => schema && saysSomething(resolve(schema, document)),
    );
  });
}

function saysSomething(schema: SchemaObject): boolean {
  if (schema.type === 'array') return Boolean(schema.items);
  if (schema.type === 'object') return Boolean(schema.properties || schema.additionalProperties);
  return Boolean(schema.type || schema.allOf || schema.oneOf);
}

function problemAnswer(operation: OperationObject, status: number): boolean {
  const response = operation.responses[status] as ResponseObject | undefined;
  return Boolean(response?.description) && JSON.stringify(response!.content) === JSON.stringify(PROBLEM_CONTENT);
}

/** Paths of the body's properties (through nested objects and arrays) that show no example value. */
function propertiesWithoutExample(schema: Schema, document: OpenAPIObject, at = ''): string[] {
  const resolved = resolve(schema, document);
  return Object.entries(resolved.properties ?? {}).flatMap(([name, property]) => {
    const path = at ? `${at}.${name}` : name;
    const own = property as SchemaObject;
    if (own.example !== undefined) return [];
    const nested = '$ref' in property ? property : (own.items ?? own.allOf?.[0]);
    const inner = nested && resolve(nested, document);
    return inner?.properties ? propertiesWithoutExample(inner, document, path) : [path];
  });
}
