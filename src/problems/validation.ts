import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { type ValidationError, validateSync } from 'class-validator';
import { type FieldError, ValidationFailed } from './domain-error';
import { unstorableField } from './storable-input';

export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
} as const;

/** Flattens class-validator's tree into one entry per field path, e.g. `citizen.cpr`. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export const validationFailed = (errors: ValidationError[]) => new ValidationFailed(toFieldErrors(errors));

/**
 * The global pipe: every body, query and path parameter is first refused with a 422 naming the
 * field if the service could not store or walk it (see unstorableField), then validated and
 * transformed against its DTO.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({ ...VALIDATION_OPTIONS, transform: true, exceptionFactory: validationFailed });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const unstorable =
      metadata.type === 'custom' ? undefined : unstorableField(value, metadata.data ? [metadata.data] : []);
    if (unstorable) throw new ValidationFailed([unstorable]);
    return super.transform(value, metadata);
  }
}

/** Validates a plain object against a DTO class the way the global pipe does, for dynamic bodies. */
export function validatePlain<T extends object>(type: ClassConstructor<T>, plain: object): T {
  const instance = plainToInstance(type, plain);
  // Payload classes may declare no field at all (an event that carries nothing): whitelisting
  // still refuses every field then, but forbidUnknownValues would refuse the empty object itself.
  const errors = validateSync(instance, { ...VALIDATION_OPTIONS, forbidUnknownValues: false });
  if (errors.length > 0) throw validationFailed(errors);
  return instance;
}
