import { MAX_NESTING, unstorableField } from './storable-input';

/** `levels` arrays inside one another around `inner`. */
const nested = (levels: number, inner: unknown = 1): unknown =>
  JSON.parse('['.repeat(levels) + JSON.stringify(inner) + ']'.repeat(levels));

describe('input the service could not store or walk', () => {
  it('takes ordinary input, nested as deep as MAX_NESTING', () => {
    expect(
      unstorableField({ services: [{ contact: { name: 'Lone Madsen' } }], goals: [], consent: true, note: null }),
    ).toBeUndefined();
    expect(unstorableField({ deep: nested(MAX_NESTING - 1) })).toBeUndefined();
    expect(unstorableField('plain', ['teamId'])).toBeUndefined();
  });

  it('names the field of a string holding U+0000, however deep, under the given root', () => {
    expect(unstorableField({ services: [{ contact: { name: 'Lone\u0000' } }] })).toEqual({
      field: 'services.0.contact.name',
      messages: ['must not contain the character U+0000'],
    });
    expect(unstorableField('a\u0000b', ['teamId'])?.field).toBe('teamId');
  });

  it.each([
    ['a lone high surrogate', 'Lone \ud800 Madsen'],
    ['a lone low surrogate', '\udc00'],
    ['a low surrogate before a high one', '\udc00\ud800'],
    ['a high surrogate at the end', 'note\ud83d'],
  ])('names the field of a string holding %s', (_, text) => {
    expect(unstorableField({ services: [{ contact: { name: text } }] })).toEqual({
      field: 'services.0.contact.name',
      messages: ['must be well-formed Unicode (it holds an unpaired UTF-16 surrogate)'],
    });
    expect(unstorableField(text, ['q'])?.field).toBe('q');
  });

  it('takes a surrogate pair (an emoji) as the text it is', () => {
    expect(unstorableField({ note: 'Godt møde 😀 \ud83d\ude00' })).toBeUndefined();
  });

  it('names an object key that is not storable text', () => {
    expect(unstorableField({ payload: { 'x\ud800': 1 } })?.field).toBe('payload.x\ud800');
    expect(unstorableField({ ['a\u0000']: 1 })?.messages).toEqual([
      'names a field that must not contain the character U+0000',
    ]);
  });

  it('names the top-level field of a value nested deeper than MAX_NESTING, at any depth, without overflowing the stack', () => {
    expect(unstorableField({ note: 'fine', decision: nested(MAX_NESTING) })).toEqual({
      field: 'decision',
      messages: [`must not nest deeper than ${MAX_NESTING} levels`],
    });
    expect(unstorableField({ decision: nested(200_000) })?.field).toBe('decision');
    expect(unstorableField(nested(MAX_NESTING + 1))?.field).toBe('0');
  });
});
