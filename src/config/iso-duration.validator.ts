import { ValidateBy } from 'class-validator';
import { isIsoDuration } from '@workflows/outreach-ladder';

/** An ISO-8601 duration in weeks, days, hours, minutes and seconds (`PT2H`, `P7D`). */
export const IsIsoDuration = () =>
  ValidateBy({
    name: 'isIsoDuration',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isIsoDuration(value),
      defaultMessage: (args) => `${args?.property} must be an ISO-8601 duration such as PT2H or P7D`,
    },
  });

/** A comma-separated list of exactly `count` such durations, one per ladder level. */
export const IsIsoDurationList = (count: number) =>
  ValidateBy({
    name: 'isIsoDurationList',
    validator: {
      validate: (value: unknown) => {
        if (typeof value !== 'string') return false;
        const parts = value.split(',').map((part) => part.trim());
        return parts.length === count && parts.every(isIsoDuration);
      },
      defaultMessage: (args) =>
        `${args?.property} must be ${count} comma-separated ISO-8601 durations, e.g. PT0S,PT24H,PT72H`,
    },
  });
