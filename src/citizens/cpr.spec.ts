import { ageOn, formattedCpr, maskedCpr, parseCpr } from './cpr';

describe('CPR numbers', () => {
  it.each([
    ['010190-1233', '1990-01-01'],
    ['0101901233', '1990-01-01'],
    ['010136-4001', '2036-01-01'],
    ['010137-4001', '1937-01-01'],
    ['010157-5001', '2057-01-01'],
    ['010158-8001', '1858-01-01'],
    ['010136-9001', '2036-01-01'],
    ['010137-9001', '1937-01-01'],
    ['290200-4001', '2000-02-29'],
  ])('%s is born %s by the CPR office century rule', (cpr, birthDate) => {
    expect(parseCpr(cpr)?.birthDate).toBe(birthDate);
  });

  it.each(['320190-1234', '300290-1234', '290201-4001', '010190-123', '01019A-1234', '010190--1234', ' 010190-1234'])(
    'refuses %s',
    (cpr) => {
      expect(parseCpr(cpr)).toBeNull();
    },
  );

  it('does not apply the modulus-11 check, which numbers since 2007 need not pass', () => {
    expect(parseCpr('010190-1234')).not.toBeNull();
  });

  it('reads the legal gender from the last digit: odd is male', () => {
    expect(parseCpr('010190-1231')?.legalGender).toBe('male');
    expect(parseCpr('010190-1232')?.legalGender).toBe('female');
  });

  it('masks everything but the date, and derives age from it', () => {
    expect(maskedCpr('1990-01-31')).toBe('310190-XXXX');
    expect(ageOn('1990-06-15', new Date('2026-06-14T12:00:00Z'))).toBe(35);
    expect(ageOn('1990-06-15', new Date('2026-06-15T12:00:00Z'))).toBe(36);
  });

  it("writes the full CPR number as the CPR office does, for the citizen's own access request", () => {
    expect(formattedCpr('3101901233')).toBe('310190-1233');
  });
});
