/** One value of a CSV cell: text, a number, a flag or nothing. */
export type CsvValue = string | number | boolean | null;

/** RFC 4180 CSV; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line with its CRLF. */
export const csvLine = (values: readonly CsvValue[]): string => `${values.map(csvCell).join(',')}\r\n`;
