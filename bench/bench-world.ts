import { randomUUID } from 'node:crypto';
import { signDevelopmentToken } from '@src/auth/development-token';
import type { Role } from '@src/auth/roles';
import { mapConcurrently } from '@scripts/support/concurrently';
import { referralBody } from '@scripts/support/referral-fixture';
import type { HttpClient } from './http-client';
import { BENCH_SECRETS } from './settings';

export interface BenchCourse {
  id: string;
  caseManagerId: string;
  /** Bearer token of the course's case manager. */
  token: string;
}

export interface BenchWorld {
  courses: BenchCourse[];
  caseManagerIds: string[];
}

const token = (sub: string, roles: Role[]) => signDevelopmentToken(BENCH_SECRETS.JWT_SECRET, { sub, roles, ttl: '2h' });

/** `DDMMYY-1SSS`: a real date in the 1900s (7th digit 1) with a thousand serials each, distinct for i < 16.8 million. */
function cprFor(i: number): string {
  const date = Math.floor(i / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(1 + (date % 28))}${two(1 + (Math.floor(date / 28) % 12))}${50 + (Math.floor(date / 336) % 50)}-1${String(i % 1000).padStart(3, '0')}`;
}

/**
 * Builds the world the way a municipality would, all over HTTP: an admin creates staff, a
 * caseworker refers `count` citizens and a committee member approves each one naming a case
 * manager, so that every course is in `planning` with someone who may add notes to it.
 * `concurrency` courses are built at a time.
 */
export async function buildWorld(http: HttpClient, count: number, concurrency = 1): Promise<BenchWorld> {
  const admin = await token(randomUUID(), ['admin']);
  const createStaff = async (name: string, roles: Role[]) => {
    const body = { name, roles, teamId: 'bench-team', maxCaseload: 50 };
    const { id } = await http.expect<{ id: string }>(201, 'POST', '/api/v1/staff', admin, body);
    return { id, token: await token(id, roles) };
  };
  const caseworker = await createStaff('Bench Caseworker', ['caseworker']);
  const committee = await createStaff('Bench Committee Member', ['committee_member']);
  const managers: { id: string; token: string }[] = [];
  for (let i = 0; i < Math.max(2, Math.ceil(count / 50)); i++)
    managers.push(await createStaff(`Bench Case Manager ${i + 1}`, ['case_manager']));

  const courses = await mapConcurrently(
    Array.from({ length: count }, (_, i) => i),
    concurrency,
    async (i): Promise<BenchCourse> => {
      const { courseId } = await http.expect<{ courseId: string }>(
        201,
        'POST',
        '/api/v1/referrals',
        caseworker.token,
        referralBody(cprFor(i), { citizen: { cpr: cprFor(i), name: `Bench Citizen ${i}` } }),
      );
      const manager = managers[i % managers.length];
      const approved = await http.expect<{ state: string }>(
        200,
        'POST',
        `/api/v1/courses/${courseId}/events`,
        committee.token,
        {
          type: 'VISITATION_APPROVED',
          caseManagerId: manager.id,
        },
      );
      if (approved.state !== 'planning')
        throw new Error(`Course ${courseId} is in ${approved.state} after approval, expected planning`);
      return { id: courseId, caseManagerId: manager.id, token: manager.token };
    },
  );
  return { courses, caseManagerIds: managers.map((m) => m.id) };
}
