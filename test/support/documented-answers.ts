import type { OpenAPIObject, ResponseObject, SchemaObject } from '@nestjs/swagger';
import Ajv, { type ValidateFunction } from 'ajv';
import type { Response } from 'supertest';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/**
 * An OpenAPI 3.0 schema as JSON Schema, stricter in one way. `nullable` lets null through, whatever
 * else the schema says (an enum, a `$ref` under `allOf`), as OpenAPI tools read it. And every object
 * that lists its properties and says nothing of others allows no others (OpenAPI would allow them),
 * so that a field the code sends but the document omits shows.
 */
function asJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(asJsonSchema);
  if (typeof schema !== 'object' || schema === null) return schema;
  const { nullable, ...copy } = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, key === 'example' ? value : asJsonSchema(value)]),
  );
  if ('properties' in copy && !('additionalProperties' in copy) && copy.type === 'object')
    copy.additionalProperties = false;
  return nullable === true
    ? { anyOf: [{ type: 'null' }, copy] }
    : { ...copy, ...(nullable !== undefined && { nullable }) };
}

/**
 * Holds real answers up against the OpenAPI document: the operation whose path matches the
 * request, the answer's status among its responses, and the body against that status's schema.
 */
export class DocumentedAnswers {
  /** `METHOD /documented/{path}` of every success answer checked, to tell which operations were seen succeeding. */
  readonly succeeded = new Set<string>();
  readonly mismatches: string[] = [];
  private readonly ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly paths: { pattern: RegExp; path: string }[];

  constructor(private readonly document: OpenAPIObject) {
    this.paths = Object.keys(document.paths).map((path) => ({
      path,
      pattern: new RegExp(`^${path.replace(/\{\w+\}/g, '[^/]+')}$`),
    }));
  }

  /** Checks one answer; returns it, for the test to go on with. */
  check(response: Response): Response {
    const request = (response as unknown as { req: { method: string; path: string } }).req;
    const method = request.method.toLowerCase() as Method;
    const url = request.path.split('?')[0];
    // A literal path (`/staff/case-managers/available`) wins over a templated one (`/staff/{id}`).
    const path = this.paths
      .filter(({ pattern }) => pattern.test(url))
      .sort((a, b) => a.path.split('{').length - b.path.split('{').length)[0]?.path;
    const operation = path ? this.document.paths[path][method] : undefined;
    const at = `${request.method} ${path ?? url} ${response.status}`;
    if (!operation) return this.mismatch(response, `${at}: no such operation`);
    if (response.status < 300) this.succeeded.add(`${request.method} ${path}`);
    const documented = operation.responses[response.status] as ResponseObject | undefined;
    if (!documented) return this.mismatch(response, `${at}: status not documented`);
    const mediaType = (response.headers['content-type'] ?? '').split(';')[0];
    const content =
      documented.content && Object.entries(documented.content).find(([type]) => type.split(';')[0] === mediaType)?.[1];
    if (!documented.content)
      return response.text ? this.mismatch(response, `${at}: a body where none is documented`) : response;
    if (!content?.schema) return this.mismatch(response, `${at}: ${mediaType} not documented`);
    const body = mediaType.startsWith('text/') ? response.text : response.body;
    const validate = this.validatorOf(`${at} ${mediaType}`, content.schema as SchemaObject);
    if (!validate(body))
      this.mismatches.push(
        `${at}: ${JSON.stringify(validate.errors!.map(({ instancePath, message, params }) => ({ instancePath, message, params })))}`,
      );
    return response;
  }

  private validatorOf(key: string, schema: SchemaObject): ValidateFunction {
    // The document's components sit beside the schema, so that its `#/components/...` refs resolve.
    if (!this.validators.has(key))
      this.validators.set(
        key,
        this.ajv.compile(asJsonSchema({ ...schema, components: this.document.components }) as SchemaObject),
      );
    return this.validators.get(key)!;
  }

  private mismatch(response: Response, what: string): Response {
    this.mismatches.push(what);
    return response;
  }
}
