import type { OperationObject, ParameterObject, ReferenceObject, ResponseObject } from '@nestjs/swagger';
import type { RoutePolicy } from '@src/access/access-policy';
import { UNLIMITED_PATHS } from '@src/throttling/rate-limit.guard';
import type { DocumentedOperation } from './operations';
import { PROBLEM_CONTENT } from './problem.schema';

type Reason = string | false | undefined;

/**
 * The refusals any route may give, and why, derived from what the route is: its access policy,
 * its parameters and body. Route-specific refusals (409s) are declared on the handlers.
 */
const PROBLEM_ANSWERS: { status: number; reason(route: DocumentedOperation, policy: RoutePolicy): Reason }[] = [
  { status: 400, reason: ({ operation }) => Boolean(operation.requestBody) && 'The body is not well-formed JSON.' },
  {
    status: 401,
    reason: (_, policy) =>
      policy.roles !== 'public' &&
      'No bearer token, or one that is expired, not yet valid, wrongly signed or issued for another audience.',
  },
  {
    status: 403,
    reason: (_, policy) =>
      policy.roles !== 'public' &&
      `None of your roles may call this route (it admits ${policy.roles.join(', ')})${policy.object ? ', or you see the course only in a role it does not admit' : ''}.`,
  },
  {
    status: 404,
    reason: ({ operation }, { object }) =>
      [
        object &&
          `The ${words(object.locator)} does not exist, or you are not involved in ${object.locator === 'course' ? 'it' : 'its course'}: both are answered alike.`,
        ...pathParameters(operation)
          .filter((name) => name !== object?.param)
          .map((name) => `\`${name}\` names nothing you may see.`),
      ]
        .filter(Boolean)
        .join(' '),
  },
  {
    status: 409,
    reason: ({ operation }) =>
      parameters(operation).some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key') &&
      '`idempotent-request-running`: the first request with this Idempotency-Key has not finished; retry in a moment.',
  },
  { status: 413, reason: ({ operation }) => Boolean(operation.requestBody) && 'The body is larger than BODY_LIMIT.' },
  {
    status: 422,
    reason: ({ operation }) =>
      (Boolean(operation.requestBody) ||
        parameters(operation).some((parameter) => parameter.name.toLowerCase() !== 'authorization')) &&
      '`validation-failed`: `errors` names each invalid field, parameter or header with its messages.',
  },
  {
    status: 429,
    reason: ({ path }) =>
      !UNLIMITED_PATHS.has(path) &&
      '`rate-limited`: past the rate limit for this minute; come back after Retry-After seconds.',
  },
];

/** Adds each route's problem answers and gives every 4xx/5xx answer the shared Problem body. */
export function addProblemAnswers(route: DocumentedOperation, policy: RoutePolicy): void {
  const responses = route.operation.responses;
  for (const { status, reason } of PROBLEM_ANSWERS) {
    const why = reason(route, policy);
    if (!why) continue;
    const declared = responses[status] as ResponseObject | undefined;
    responses[status] = { ...declared, description: declared?.description ? `${declared.description} ${why}` : why };
  }
  for (const [status, response] of Object.entries(responses)) {
    if (Number(status) >= 400) responses[status] = { ...(response as ResponseObject), content: PROBLEM_CONTENT };
  }
  if (responses[429]) {
    (responses[429] as ResponseObject).headers = {
      'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } },
    };
  }
}

const parameters = (operation: OperationObject): ParameterObject[] =>
  (operation.parameters ?? []).filter(
    (parameter: ParameterObject | ReferenceObject): parameter is ParameterObject => 'in' in parameter,
  );

const pathParameters = (operation: OperationObject) =>
  parameters(operation)
    .filter((parameter) => parameter.in === 'path')
    .map((parameter) => parameter.name);

/** `closureProposal` -> `closure proposal` */
const words = (name: string) => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
