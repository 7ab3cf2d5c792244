import { pseudonymOf, toCitizenView } from './citizen-view';

describe('the citizen as staff see them', () => {
  const today = new Date('2026-06-15T12:00:00Z');
  const id = '3f2a1b7c-9d4e-4b1a-8c2d-0e5f6a7b8c9d';

  it('shows the name, the CPR number masked to its date, and the age', () => {
    const row = {
      id,
      nameEncrypted: Buffer.from('sealed'),
      birthDate: '1990-01-31',
      legalGender: 'female' as const,
      pseudonymisedAt: null,
    };
    expect(toCitizenView(row, 'Maja Lund', today)).toEqual({
      id,
      name: 'Maja Lund',
      cpr: '310190-XXXX',
      birthDate: '1990-01-31',
      age: 36,
      legalGender: 'female',
      pseudonymisedAt: null,
    });
  });

  it('shows a pseudonymised citizen by a pseudonym made from the id, with no CPR number, birth date or age', () => {
    const pseudonymisedAt = new Date('2026-06-01T03:00:00Z');
    const row = { id, nameEncrypted: null, birthDate: null, legalGender: 'male' as const, pseudonymisedAt };
    expect(toCitizenView(row, null, today)).toEqual({
      id,
      name: 'Citizen 3f2a1b7c-9d4e',
      cpr: null,
      birthDate: null,
      age: null,
      legalGender: 'male',
      pseudonymisedAt,
    });
  });

  it('gives different citizens different pseudonyms', () => {
    expect(pseudonymOf(id)).not.toBe(pseudonymOf('3f2a1b7c-9d4f-4b1a-8c2d-0e5f6a7b8c9d'));
  });
});
