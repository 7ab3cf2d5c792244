import { registerDecorator, type ValidationOptions } from 'class-validator';

export interface CprNumber {
  /** The ten digits, no dash. */
  digits: string;
  /** ISO date (YYYY-MM-DD) of birth. */
  birthDate: string;
  legalGender: 'male' | 'female';
}

/**
 * The CPR office's rule for the century: the 7th digit together with the year.
 * Modulus-11 is deliberately not checked: numbers issued since 2007 need not satisfy it.
 */
function centuryOf(seventhDigit: number, year: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return year <= 36 ? 2000 : 1900;
  return year <= 57 ? 2000 : 1800;
}

export function parseCpr(input: string): CprNumber | null {
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/.exec(input);
  if (!match) return null;
  const [, dd, mm, yy, seventh, rest] = match;
  const year = centuryOf(Number(seventh), Number(yy)) + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) {
    return null;
  }
  return {
    digits: `${dd}${mm}${yy}${seventh}${rest}`,
    birthDate: date.toISOString().slice(0, 10),
    legalGender: Number(rest.at(-1)) % 2 === 1 ? 'male' : 'female',
  };
}

/** `DDMMYY-XXXX`: the birth date stays readable, the serial part never leaves the service. */
export function maskedCpr(birthDate: string): string {
  const [year, month, day] = birthDate.split('-');
  return `${day}${month}${year.slice(2)}-XXXX`;
}

/** The ten digits as the CPR office writes them, `DDMMYY-SSSS`. */
export const formattedCpr = (digits: string): string => `${digits.slice(0, 6)}-${digits.slice(6)}`;

/** Whole years of age on `at`, from the birth date the CPR number carries. */
export function ageOn(birthDate: string, at: Date): number {
  const [year, month, day] = birthDate.split('-').map(Number);
  const hadBirthday = at.getUTCMonth() + 1 > month || (at.getUTCMonth() + 1 === month && at.getUTCDate() >= day);
  return at.getUTCFullYear() - year - (hadBirthday ? 0 : 1);
}

export function IsCpr(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isCpr',
      target: target.constructor,
      propertyName,
      options: {
        message: 'must be a CPR number: DDMMYY-SSSS with a real date of birth',
        ...options,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && parseCpr(value) !== null },
    });
}
