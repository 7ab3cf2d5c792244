import { getSchemaPath, type SchemaObject } from '@nestjs/swagger';
import { PROBLEM_TYPE_BASE } from '@src/problems/problem-details.filter';

export const PROBLEM = 'Problem';
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** Every refusal's body (src/problems/): RFC 9457 problem details, plus the extensions clients act on. */
export const PROBLEM_SCHEMA: SchemaObject = {
  type: 'object',
  description: 'RFC 9457 problem details. Other extension members may follow, named in each problem type.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: {
      type: 'string',
      description: `A URI naming the problem: ${PROBLEM_TYPE_BASE}<slug>, or about:blank`,
      example: `${PROBLEM_TYPE_BASE}validation-failed`,
    },
    title: { type: 'string', example: 'The request has invalid fields' },
    status: { type: 'integer', example: 422 },
    detail: { type: 'string', example: 'Invalid fields: citizen.cpr' },
    errors: {
      type: 'array',
      description:
        '422: each invalid field (a dotted path into the body, a parameter or a header) with what is wrong with it',
      items: {
        type: 'object',
        required: ['field', 'messages'],
        properties: {
          field: { type: 'string', example: 'citizen.cpr' },
          messages: {
            type: 'array',
            items: { type: 'string' },
            example: ['must be a CPR number: DDMMYY-SSSS with a real date of birth'],
          },
        },
      },
    },
    allowedEvents: {
      type: 'array',
      description: '409 for an event the course does not take now: the events it takes',
      items: { type: 'string' },
      example: ['NOTE_ADDED', 'FOLLOW_UP_STARTED', 'REASSESSMENT_STARTED'],
    },
    currentVersion: { type: 'integer', description: "409 version-conflict: the course's version now", example: 4 },
    retryAfter: { type: 'integer', description: '429: seconds until the next request is counted again', example: 42 },
  },
  additionalProperties: true,
};

export const PROBLEM_CONTENT = { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: getSchemaPath(PROBLEM) } } };
