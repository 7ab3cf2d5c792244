import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCESS_POLICY } from './access-policy';
import { accessPolicyTable } from './access-policy-table';
import { COURSE_RELATIONS } from '@src/auth/course-relation';

describe('the access policy table', () => {
  it('is printed in the README exactly as the code has it', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    expect(readme).toContain(accessPolicyTable());
  });

  it.each(Object.entries(ACCESS_POLICY).filter(([, policy]) => policy.object))(
    '%s admits only roles that can be related to a course',
    (_, policy) => {
      expect(policy.roles).not.toBe('public');
      for (const role of policy.roles) expect(Object.keys(COURSE_RELATIONS)).toContain(role);
    },
  );

  it.each(Object.entries(ACCESS_POLICY))('%s names a method, a path and at least one role', (route, policy) => {
    expect(route).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/[\w\-/:]*$/);
    expect(policy.roles === 'public' || policy.roles.length > 0).toBe(true);
  });

  it('logs every answer of a route that names a course', () => {
    const unlogged = Object.entries(ACCESS_POLICY).filter(([, policy]) => policy.object && policy.logs !== 'course');
    expect(unlogged).toEqual([]);
  });
});
