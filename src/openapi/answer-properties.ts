import { ApiProperty } from '@nestjs/swagger';

interface Options {
  description?: string;
  nullable?: boolean;
}

/** Shorthands for the properties that answers share the most: ids, times and stored JSON. */
export const ApiUuid = (options: Options = {}) => ApiProperty({ type: String, format: 'uuid', ...options });

export const ApiDateTime = (options: Options = {}) => ApiProperty({ type: String, format: 'date-time', ...options });

/** JSON whose shape depends on something else (an event's type, a notification's kind, a table's columns). */
export const ApiJsonObject = (description: string, options: Options = {}) =>
  ApiProperty({ type: 'object', additionalProperties: true, description, ...options });
