import { type Role, ROLES } from '@src/auth/roles';
import { ACCESS_POLICY, type RoutePolicy } from './access-policy';
import { COURSE_RELATIONS } from '@src/auth/course-relation';

const LOGGED = { course: 'the course', listed: 'each listed', citizen: 'the citizen' } as const;

function cell(policy: RoutePolicy, role: Role): string {
  if (policy.roles === 'public') return 'public';
  if (!policy.roles.includes(role)) return '—';
  return policy.object ? ((COURSE_RELATIONS as Partial<Record<Role, string>>)[role] ?? '—') : 'yes';
}

/** ACCESS_POLICY as the Markdown table in the README; a unit test keeps the two the same. */
export function accessPolicyTable(): string {
  const header = ['Route', ...ROLES, 'Limited to', 'Access log'];
  const rows = Object.entries(ACCESS_POLICY).map(([route, policy]) => [
    `\`${route}\``,
    ...ROLES.map((role) => cell(policy, role)),
    policy.limitedTo ?? '',
    policy.logs ? LOGGED[policy.logs] : '',
  ]);
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}
