import fc from 'fast-check';
import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@src/auth/development-token';
import type { Role } from '@src/auth/roles';
import {
  headerText,
  NEAR_UUIDS,
  OUT_OF_RANGE_DATES,
  OUT_OF_RANGE_NUMBERS,
  PATH_TRAVERSALS,
  unicodeString,
  type Vocabulary,
  wrongValue,
} from './malformed-values';
import type { RouteInputs } from './route-inputs';

/** A request as sent: everything a generator may have garbled, so that a counterexample shows it whole. */
export interface MalformedRequest {
  params?: Record<string, string>;
  query?: string;
  headers?: Record<string, string>;
  body?: { contentType: string; text: string };
}

const JSON_TYPE = 'application/json';

/** Long texts shortened in a counterexample, which would otherwise print a 150 kB body. */
const PRINTED_LENGTH = 200;
const shortened = (_: string, value: unknown) =>
  typeof value === 'string' && value.length > PRINTED_LENGTH
    ? `${value.slice(0, PRINTED_LENGTH)}…(${value.length} characters)`
    : value;
const printable = (request: MalformedRequest): MalformedRequest =>
  Object.assign(request, { [fc.toStringMethod]: () => JSON.stringify(request, shortened) });
const asJson = (value: unknown) => ({ contentType: JSON_TYPE, text: JSON.stringify(value) });

/** Bodies no route should take: any JSON, its known fields ill-typed, huge, deep, prototype keys, not JSON, or not declared as JSON. */
export function malformedBodies(route: RouteInputs, vocabulary: Vocabulary): fc.Arbitrary<MalformedRequest> {
  const fields = route.bodyFields.length > 0 ? route.bodyFields : vocabulary.fields;
  const field = fc.constantFrom(...fields);
  const illTyped = fc.dictionary(field, wrongValue(vocabulary), { minKeys: 1, maxKeys: fields.length });
  const huge = fc
    .tuple(field, fc.integer({ min: 5_000, max: 150_000 }), fc.constantFrom('x', 'é', '😀'))
    .map(([name, length, char]) => asJson({ [name]: char.repeat(length) }));
  const deep = fc.tuple(field, fc.integer({ min: 50, max: 40_000 }), fc.boolean()).map(([name, depth, arrays]) => ({
    contentType: JSON_TYPE,
    text: `{"${name}":${arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)}}`,
  }));
  const prototypeKeys = fc
    .tuple(
      fc.constantFrom('"__proto__"', '"constructor"', '"prototype"'),
      fc.option(field, { nil: undefined }),
      fc.boolean(),
    )
    .map(([key, inside, asArray]) => {
      const polluting = `{${key}:{"polluted":"yes","prototype":{"polluted":"yes"}}}`;
      const text = inside ? `{"${inside}":${polluting}}` : polluting;
      return { contentType: JSON_TYPE, text: asArray ? `[${text}]` : text };
    });
  const notJson = fc
    .oneof(
      unicodeString(200),
      fc.constantFrom('{', '{"a":1', "{'a':1}", '{"a":1}}', 'NaN', '[1,]', '\ufeff{}', 'null', '"text"', '42', ''),
    )
    .map((text) => ({ contentType: JSON_TYPE, text }));
  const wrongType = fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/xml',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
        'application/json; charset=utf-7',
        'application/json; charset=iso-8859-1',
        'application/vnd.api+json',
        'application/json, text/plain',
        ';;;',
      ),
      fc.oneof(
        illTyped.map((value) => JSON.stringify(value)),
        fc.constantFrom('a[b][c]=1&__proto__[polluted]=yes&constructor[prototype][polluted]=yes&x[]=1&x[$gt]='),
        unicodeString(100),
      ),
    )
    .map(([contentType, text]) => ({ contentType, text }));
  return fc
    .oneof(fc.jsonValue().map(asJson), illTyped.map(asJson), huge, deep, prototypeKeys, notJson, wrongType)
    .map((body) => printable({ body }));
}

/** One path parameter replaced by something that is no id of anything: not a UUID, unicode, very long, climbing out of the path. */
export function malformedParams(route: RouteInputs): fc.Arbitrary<MalformedRequest> {
  const garbage = fc.oneof(
    unicodeString(),
    fc.string({ minLength: 200, maxLength: 2_000 }),
    fc.constantFrom(...NEAR_UUIDS, ...OUT_OF_RANGE_NUMBERS),
    fc.array(fc.constantFrom(...PATH_TRAVERSALS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')),
  );
  // Sent as they are: percent signs that decode to nothing, or to bytes that are no UTF-8.
  const badlyEncoded = fc.constantFrom('%', '%zz', '%E0%A4%A', '%C0%AF', '%ED%A0%80');
  const encoded = fc.oneof(garbage.map(encodeURIComponent), badlyEncoded);
  return fc
    .record({ param: fc.constantFrom(...route.params), value: encoded })
    .map(({ param, value }) => printable({ params: { [param]: value } }));
}

/** Each path parameter as each number out of range: few enough to try every one on every route. */
export const outOfRangeParams = (route: RouteInputs): MalformedRequest[] =>
  route.params.flatMap((param) =>
    OUT_OF_RANGE_NUMBERS.map((value) => printable({ params: { [param]: encodeURIComponent(value) } })),
  );

/** Each of the route's query fields as each number and date out of range. */
export const outOfRangeQueries = (route: RouteInputs): MalformedRequest[] =>
  route.queryFields.flatMap((field) =>
    [...OUT_OF_RANGE_NUMBERS, ...OUT_OF_RANGE_DATES].map((value) =>
      printable({ query: `${field}=${encodeURIComponent(value)}` }),
    ),
  );

/** Query strings of unknown and known keys, repeated into arrays or bracketed into objects, with values out of range. */
export function malformedQueries(route: RouteInputs, vocabulary: Vocabulary): fc.Arbitrary<MalformedRequest> {
  const known = [...route.queryFields, 'limit', 'offset', 'from', 'to', 'status'];
  const key = fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom(...known).map((name) => `${name}[]`),
    fc.constantFrom(...known).map((name) => `${name}[$gt]`),
    fc.constantFrom('__proto__[polluted]', 'constructor[prototype][polluted]', '__proto__'),
    unicodeString(20),
  );
  const value = fc.oneof(
    fc.constantFrom(...OUT_OF_RANGE_NUMBERS, ...OUT_OF_RANGE_DATES, ...NEAR_UUIDS),
    fc.constantFrom(...vocabulary.values).map(String),
    unicodeString(),
    fc.string({ minLength: 500, maxLength: 4_000 }),
  );
  const encode = (text: string) => encodeURIComponent(text).replace(/%5B/g, '[').replace(/%5D/g, ']');
  return fc
    .array(fc.tuple(key, value), { minLength: 1, maxLength: 8 })
    .map((pairs) => printable({ query: pairs.map(([name, text]) => `${encode(name)}=${encode(text)}`).join('&') }));
}

/** Well-formed tokens the service must refuse: signed with another key, expired, from another issuer or for another audience. */
export async function forgedTokens(secret: string): Promise<string[]> {
  const claims = { sub: randomUUID(), roles: ['admin', 'auditor'] as Role[] };
  return Promise.all([
    signDevelopmentToken('another-secret-another-secret-another', claims),
    signDevelopmentToken(secret, { ...claims, ttl: '-1h' }),
    signDevelopmentToken(secret, { ...claims, issuer: 'https://idp.elsewhere.example' }),
    signDevelopmentToken(secret, { ...claims, audience: 'another-api' }),
  ]);
}

/** An Authorization header that names nobody: not a bearer token, not a JWT, unsigned, or one of `forged`. */
export function garbageAuthorization(forged: string[]): fc.Arbitrary<string> {
  const base64url = fc
    .base64String({ maxLength: 60 })
    .map((text) => text.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
  const claims = JSON.stringify({ sub: randomUUID(), roles: ['admin', 'auditor'] });
  const unsigned = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(claims).toString('base64url')}.`;
  return fc.oneof(
    headerText(),
    headerText().map((text) => `Bearer ${text}`),
    fc.tuple(base64url, base64url, base64url).map((parts) => `Bearer ${parts.join('.')}`),
    fc.constantFrom(
      '',
      'Bearer',
      'Bearer ',
      'bearer  x',
      'Basic dXNlcjpwYXNz',
      'Token abc',
      `Bearer ${unsigned}`,
      `Bearer ${unsigned}x`,
    ),
    fc.constantFrom(...forged).map((token) => `Bearer ${token}`),
  );
}

/** Garbage in the headers a route reads: If-Match and Idempotency-Key, on the reaching caller's request. */
export function garbageConditionHeaders(): fc.Arbitrary<MalformedRequest> {
  const ifMatch = fc.oneof(
    headerText(),
    fc.constantFrom('*', '""', '"-1"', '"1.5"', '"99999999999999999999"', 'W/"x"', '"1", "2"', 'W/', '"'),
  );
  const idempotencyKey = fc.oneof(
    headerText(),
    headerText(1_000),
    fc.constantFrom('', ' ', '\t', 'é'.repeat(10), 'k'.repeat(201)),
  );
  return fc
    .record({ 'If-Match': ifMatch, 'Idempotency-Key': idempotencyKey }, { requiredKeys: [] })
    .filter((headers) => Object.keys(headers).length > 0)
    .map((headers) => printable({ headers, body: asJson({}) }));
}
