/**
 * A CPR number as people write it, DDMMYY-SSSS or DDMMYYSSSS, with a plausible day and month, and
 * standing alone: not part of a longer number or a word. No group of a uuid (8-4-4-4-12 letters
 * and digits) can stand alone like that, so ids in a line are left as they are.
 */
const CPR_LIKE = /(?<![0-9A-Za-z])(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}-?\d{4}(?![0-9A-Za-z])/;
const EVERY_CPR_LIKE = new RegExp(CPR_LIKE.source, 'g');

export const REDACTED = '[Redacted]';

/** Whether `text` holds something that looks like a CPR number. */
export const containsCprLike = (text: string): boolean => CPR_LIKE.test(text);

/** `text` with everything that looks like a CPR number replaced: the last defence for a log line. */
export const scrubCprLike = (text: string): string => text.replace(EVERY_CPR_LIKE, REDACTED);
