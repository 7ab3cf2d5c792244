import { ValidationFailed } from './domain-error';
import { versionParam } from './version-param';

describe('a version number in a path', () => {
  const pipe = versionParam();

  it.each([
    ['1', 1],
    ['42', 42],
    ['2147483647', 2147483647],
  ])('takes %s', (value, expected) => {
    expect(pipe.transform(value, { type: 'param' })).toBe(expected);
  });

  it.each(['0', '-1', '2147483648', '99999999999', '9223372036854775808', '1.5', '1e3', ' 1', 'one', ''])(
    'refuses %j with a 422 naming it',
    (value) => {
      expect(() => pipe.transform(value, { type: 'param' })).toThrow(ValidationFailed);
    },
  );
});
