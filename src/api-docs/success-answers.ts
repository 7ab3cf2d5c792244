import { STATUS_CODES } from 'node:http';
import type { OperationObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

/**
 * Success answers as the decorators leave them, made complete: a description where the handler
 * gave none (OpenAPI wants one), and a string schema for the text forms of a route that answers
 * JSON or text (CSV, Prometheus), which otherwise get the JSON's schema.
 */
export function tidySuccessAnswers(operation: OperationObject): void {
  for (const [status, response] of Object.entries(operation.responses) as [string, ResponseObject][]) {
    if (!response.description) response.description = STATUS_CODES[status] ?? status;
    for (const [mediaType, content] of Object.entries(response.content ?? {})) {
      if (mediaType.startsWith('text/') && (content.schema as SchemaObject | undefined)?.type !== 'string')
        content.schema = { type: 'string' };
    }
  }
}
