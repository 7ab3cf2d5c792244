import { ParseUUIDPipe } from '@nestjs/common';
import { ValidationFailed } from './domain-error';

export const notAUuid = (name: string) => new ValidationFailed([{ field: name, messages: ['must be a UUID'] }]);

/** Route ids are UUIDs; anything else is a 422 naming the parameter. */
export const uuidParam = (name = 'id') => new ParseUUIDPipe({ exceptionFactory: () => notAUuid(name) });
