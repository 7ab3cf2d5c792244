/**
 * A CPR number as typed: DDMMYY-SSSS (or without the dash), a real date, and a century by the CPR
 * office's rule from the 7th digit. No modulus 11: numbers issued since 2007 need not pass it.
 */
export type CprCheck = { ok: true; birthDate: Date } | { ok: false; reason: 'format' | 'date' | 'future' };

export function checkCpr(text: string, today = new Date()): CprCheck {
  const match = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/.exec(text.trim());
  if (!match) return { ok: false, reason: 'format' };
  const [, dd, mm, yy, seventh] = match;
  const year = centuryOf(Number(seventh), Number(yy)) + Number(yy);
  const birthDate = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (birthDate.getUTCDate() !== Number(dd) || birthDate.getUTCMonth() !== Number(mm) - 1)
    return { ok: false, reason: 'date' };
  if (birthDate.getTime() > today.getTime()) return { ok: false, reason: 'future' };
  return { ok: true, birthDate };
}

function centuryOf(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** DDMMYY-XXXX: what the page shows once the referral is sent. */
export const maskCpr = (text: string): string => `${text.trim().slice(0, 6)}-XXXX`;
