import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from './domain-error';

/** Route ids are UUIDs; anything else is a 422 naming the parameter. */
export const uuidParam = (name = 'id') =>
  new ParseUUIDPipe({ exceptionFactory: () => new ValidationFailed([{ field: name, messages: ['must be a UUID'] }]) });
