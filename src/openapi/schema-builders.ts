import type { ReferenceObject, SchemaObject } from '@nestjs/swagger';

type Schema = SchemaObject | ReferenceObject;

export const INTEGER: SchemaObject = { type: 'integer' };
export const NUMBER: SchemaObject = { type: 'number' };
export const TEXT: SchemaObject = { type: 'string' };

export const nullable = (schema: SchemaObject): SchemaObject => ({ ...schema, nullable: true });

/** An object whose every listed property is always there. */
export const objectOf = (properties: Record<string, Schema>, description?: string): SchemaObject => ({
  type: 'object',
  properties,
  required: Object.keys(properties),
  ...(description && { description }),
});

/** An object with one property per word of a vocabulary, each holding the same kind of value. */
export const keyedBy = (words: readonly string[], value: Schema, description?: string): SchemaObject =>
  objectOf(Object.fromEntries(words.map((word) => [word, value])), description);

/** An object keyed by ids (or other open-ended names), each holding the same kind of value. */
export const mapOf = (value: Schema, description: string): SchemaObject => ({
  type: 'object',
  additionalProperties: value,
  description,
});
