import { ageOn, maskedCpr } from './cpr';

export interface CitizenView {
  id: string;
  /** The citizen's name, or their pseudonym once pseudonymised. */
  name: string;
  /** Masked to the date part; null once pseudonymised. */
  cpr: string | null;
  birthDate: string | null;
  age: number | null;
  legalGender: 'male' | 'female';
  pseudonymisedAt: Date | null;
}

export interface CitizenRow {
  id: string;
  /** Null, like the birth date, once the citizen is pseudonymised. */
  nameEncrypted: Buffer | null;
  birthDate: string | null;
  legalGender: 'male' | 'female';
  pseudonymisedAt: Date | null;
}

/** What stands for a pseudonymised citizen's name: derived from their id, which names no one. */
export const pseudonymOf = (citizenId: string): string => `Citizen ${citizenId.slice(0, 13)}`;

/**
 * The citizen as staff see them: the CPR masked to its date part, the age derived from it; a
 * pseudonymised citizen by their pseudonym, with neither. `name` is the decrypted name, if any.
 */
export function toCitizenView(row: CitizenRow, name: string | null, today: Date): CitizenView {
  const { id, birthDate, legalGender, pseudonymisedAt } = row;
  if (name === null || birthDate === null) {
    return { id, name: pseudonymOf(id), cpr: null, birthDate: null, age: null, legalGender, pseudonymisedAt };
  }
  return { id, name, cpr: maskedCpr(birthDate), birthDate, age: ageOn(birthDate, today), legalGender, pseudonymisedAt };
}
