import { requestIdFrom } from './request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('the request id of an incoming request', () => {
  it.each([
    ['a uuid', '3f0c2a1e-9b7d-4c51-8e2f-6a4b1c9d0e7f'],
    ['a proxy’s hex id', '7f3a9c1e5b2d4f608a1c3e5b7d9f1a2c'],
    ['a token with dots, colons and underscores', 'gw-1:trace_42.7'],
    ['128 characters', 'a'.repeat(128)],
  ])('keeps %s the caller sent', (_, sent) => {
    expect(requestIdFrom(sent)).toBe(sent);
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['two headers', ['one', 'two']],
    ['spaces', 'my request'],
    ['a line break that would forge a log line', 'abc\n{"level":"fatal"}'],
    ['quotes', '"abc"'],
    ['129 characters', 'a'.repeat(129)],
    ['a leading dash', '-abc'],
    ['a CPR number', '010190-1234'],
    ['a CPR number inside', 'req-0101901234'],
  ])('replaces %s with a new uuid', (_, sent) => {
    const id = requestIdFrom(sent);
    expect(id).toMatch(UUID);
    expect(id).not.toBe(sent);
  });

  it('gives every request without one an id of its own', () => {
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
