import { built } from './service';
import { readWorld, type StaffKey } from './world';

const { referralBody } = built<{ referralBody(cpr: string, overrides?: object): object }>(
  'scripts/support/referral-fixture.js',
);
const { signDevelopmentToken } = built<{
  signDevelopmentToken(secret: string, claims: { sub: string; roles: string[] }): Promise<string>;
}>('src/auth/development-token.js');

/** The API as one of the world's people, for what the story needs before the browser takes over. */
export async function asStaff(who: StaffKey, roles: string[], method: string, path: string, body?: object) {
  const world = readWorld();
  const token = await signDevelopmentToken(world.secret, { sub: world.staff[who].id, roles });
  const response = await fetch(`${world.baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, string>;
}

export const cpr = () =>
  `${String(1 + Math.floor(Math.random() * 28)).padStart(2, '0')}0385-1${Math.floor(Math.random() * 900 + 100)}`;

/** A citizen referred by the caseworker and approved with the world's case manager: the course is in planning. */
export async function courseInPlanning(name: string): Promise<string> {
  const citizenCpr = cpr();
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
