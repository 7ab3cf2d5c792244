import { randomInt } from 'node:crypto';

/** A CPR number with a real date (1950-1999, 7th digit 0-3) and a random serial. */
export function randomCpr(): string {
  const day = String(randomInt(1, 29)).padStart(2, '0');
  const month = String(randomInt(1, 13)).padStart(2, '0');
  const year = String(randomInt(50, 100)).padStart(2, '0');
  return `${day}${month}${year}-${randomInt(0, 4)}${String(randomInt(0, 1000)).padStart(3, '0')}`;
}

/** A CPR number of someone `age` years old today (a birthday 10-300 days ago) of the given legal gender. */
export function cprAged(age: number, gender: 'male' | 'female'): string {
  const born = new Date();
  born.setUTCFullYear(born.getUTCFullYear() - age);
  born.setUTCDate(born.getUTCDate() - randomInt(10, 300));
  const year = born.getUTCFullYear();
  const two = (n: number) => String(n).padStart(2, '0');
  const seventh = year >= 2000 ? 4 : randomInt(0, 4);
  const last = gender === 'male' ? 2 * randomInt(0, 5) + 1 : 2 * randomInt(0, 5);
  return `${two(born.getUTCDate())}${two(born.getUTCMonth() + 1)}${two(year % 100)}-${seventh}${two(randomInt(0, 100))}${last}`;
}
