import { built } from './service';
import { readWorld, type StaffKey } from './world';

export const { referralBody } = built<{ referralBody(cpr: string, overrides?: object): object }>(
  'scripts/support/referral-fixture.js',
);
const { signDevelopmentToken } = built<{
  signDevelopmentToken(secret: string, claims: { sub: string; roles: string[] }): Promise<string>;
}>('src/auth/development-token.js');

/** One of the world's people, or someone a test added, by id. */
export type Someone = StaffKey | { id: string };

/** The API as someone, for what a story needs before the browser takes over (or to check what it shows). */
export async function asStaff<T = Record<string, string>>(
  who: Someone,
  roles: string[],
  method: string,
  path: string,
  body?: object,
  headers: Record<string, string> = {},
): Promise<T> {
  const world = readWorld();
  const sub = typeof who === 'string' ? world.staff[who].id : who.id;
  const token = await signDevelopmentToken(world.secret, { sub, roles });
  const response = await fetch(`${world.baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A CPR number born in `monthYear` (MMYY, 1900s) with a random day and serial: each story its own
 * month, so that the masked numbers of different stories never look alike.
 */
export const cprBornIn = (monthYear: string) =>
  `${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}${monthYear}-1${Math.floor(Math.random() * 900 + 100)}`;

/** A citizen referred by the world's caseworker and approved to its case manager: a course in planning. */
export async function assignedCourse(name: string, monthYear = '0385'): Promise<string> {
  const citizenCpr = cprBornIn(monthYear);
  const { courseId } = await asStaff(
    'caseworker',
    ['caseworker'],
    'POST',
    '/referrals',
    referralBody(citizenCpr, { citizen: { cpr: citizenCpr, name } }),
  );
  await asStaff('committee', ['committee_member'], 'POST', `/courses/${courseId}/visitation`, {
    decision: 'approve',
    caseManagerId: readWorld().staff.caseManager.id,
  });
  return courseId;
}
