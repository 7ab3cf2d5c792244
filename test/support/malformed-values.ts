import fc from 'fast-check';
import { randomUUID } from 'node:crypto';

/** Field names and accepted values the app's DTOs know, so that generated input reaches their rules. */
export interface Vocabulary {
  fields: string[];
  values: unknown[];
}

const UUID = randomUUID();

/** Numbers a limit, an offset, a version or an id column should never take. */
export const OUT_OF_RANGE_NUMBERS = [
  '-1',
  '0',
  '-0',
  '1.5',
  '201',
  '2147483648',
  '-2147483649',
  '9223372036854775808',
  '99999999999999999999',
  '1e309',
  '1e-400',
  'NaN',
  'Infinity',
  '-Infinity',
  '0x10',
  '0b1',
  ' 1',
  '1 ',
  '',
];

/** Dates PostgreSQL or JavaScript cannot hold, or that do not exist. */
export const OUT_OF_RANGE_DATES = [
  '0000-01-01',
  '-000001-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '+999999-01-01',
  '9999-12-31T23:59:59.999Z',
  '10000-01-01',
  '2026-02-30',
  '2026-13-01',
  '2026-01-01T25:00:00Z',
  '2026-01-01T00:00:00+24:00',
  '1970-01-01T00:00:00.0000000001Z',
  '2026-W53-8',
  '2026-366',
  'yesterday',
  '1e10',
];

/** Ids that look almost like a UUID, and ones that try to climb out of the path. */
export const NEAR_UUIDS = [
  '00000000-0000-0000-0000-000000000000',
  UUID.toUpperCase(),
  `{${UUID}}`,
  UUID.slice(1),
  `${UUID}0`,
  ` ${UUID}`,
  `${UUID}.json`,
  UUID.replace(/-/g, ''),
  `urn:uuid:${UUID}`,
];
export const PATH_TRAVERSALS = [
  '..',
  '.',
  '../',
  '..\\',
  '../../../etc/passwd',
  '..%2f..%2f',
  '%2e%2e%2f',
  '....//',
  '..;/',
  '/',
  '%00',
  '\u0000',
  '~root',
];

const INJECTIONS = [
  "' OR '1'='1",
  '1; DROP TABLE courses; --',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '$where',
  '[object Object]',
];

/** Printable strings of any script, emoji and combining marks included. */
export const unicodeString = (maxLength = 40) => fc.string({ unit: 'grapheme', maxLength });

/** Text with unpaired UTF-16 surrogates in it, which JSON carries as escapes and jsonb refuses. */
const loneSurrogates = fc
  .tuple(
    unicodeString(10),
    fc.string({
      unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
      minLength: 1,
      maxLength: 3,
    }),
    unicodeString(10),
  )
  .map((parts) => parts.join(''))
  .filter((text) => !text.isWellFormed());

/** A value of the wrong shape for almost any field: wrong type, out of range, too long, empty. */
export function wrongValue(vocabulary: Vocabulary): fc.Arbitrary<unknown> {
  const scalars: unknown[] = [
    null,
    true,
    false,
    0,
    -1,
    -0.5,
    1e308,
    -1e308,
    2 ** 31,
    2 ** 53 + 2,
    '',
    ' ',
    '\u0000',
    '\ud800',
    'Lone \udc00 surrogate',
    [],
    {},
  ];
  return fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(...scalars, ...OUT_OF_RANGE_NUMBERS, ...OUT_OF_RANGE_DATES, ...INJECTIONS),
    fc.constantFrom(...vocabulary.values).map((value) => (Array.isArray(value) ? value : [value])),
    fc.constantFrom(...vocabulary.values),
    unicodeString(),
    loneSurrogates,
    fc.string({ minLength: 2_000, maxLength: 20_000 }),
    fc.dictionary(fc.constantFrom(...vocabulary.fields), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 4 }),
  );
}

/** Any header value Node will send: printable ASCII, tab and Latin-1. */
export const headerText = (maxLength = 200) =>
  fc.string({
    unit: fc
      .oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0xff }), fc.constant(9))
      .map((code) => String.fromCharCode(code)),
    maxLength,
  });
