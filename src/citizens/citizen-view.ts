import { ageOn, maskedCpr } from './cpr';

export interface CitizenView {
  id: string;
  name: string;
  cpr: string;
  birthDate: string;
  age: number;
  legalGender: 'male' | 'female';
}

export interface CitizenRow {
  id: string;
  nameEncrypted: Buffer;
  birthDate: string;
  legalGender: 'male' | 'female';
}

/** The citizen as staff see them: the CPR masked to its date part, the age derived from it. */
export function toCitizenView(row: CitizenRow, name: string, today: Date): CitizenView {
  return {
    id: row.id,
    name,
    cpr: maskedCpr(row.birthDate),
    birthDate: row.birthDate,
    age: ageOn(row.birthDate, today),
    legalGender: row.legalGender,
  };
}
