import type { PipeTransform } from '@nestjs/common';
import { ValidationFailed } from './domain-error';

/** PostgreSQL's integer: a larger number would reach the query and fail there. */
const LARGEST_VERSION = 2_147_483_647;

/** A version number in a path: a whole number from 1 up to what the column holds; else a 422 naming it. */
export const versionParam = (name = 'version'): PipeTransform<string, number> => ({
  transform(value: string): number {
    const version = /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(version >= 1 && version <= LARGEST_VERSION)) {
      throw new ValidationFailed([{ field: name, messages: [`must be a whole number from 1 to ${LARGEST_VERSION}`] }]);
    }
    return version;
  },
});
