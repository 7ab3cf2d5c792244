import { randomUUID } from 'node:crypto';
import { CLOSURE_REASONS, PHASES } from '@workflows/icm-course';
import { type CourseFacts, relatedRole } from '@src/auth/course-relation';
import { ROLES, type Role } from '@src/auth/roles';
import { relatedRoleSql } from '@src/courses/course-facts.repository';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';

const me = randomUUID();
const someoneElse = randomUUID();

/** Every combination of the facts the access rule reads, about the caller `me`. */
const everyCombinationOfFacts = (): Omit<CourseFacts, 'courseId' | 'citizenId'>[] =>
  [me, someoneElse].flatMap((referredBy) =>
    [me, someoneElse, null].flatMap((caseManagerId) =>
      PHASES.flatMap((phase) =>
        [null, ...CLOSURE_REASONS].flatMap((closureReason) =>
          [false, true].flatMap((inCallersTeam) =>
            [false, true].flatMap((inCallersMunicipality) =>
              [false, true].map((votedOnRecentClosure) => ({
                referredBy,
                caseManagerId,
                phase,
                closureReason,
                inCallersTeam,
                inCallersMunicipality,
                votedOnRecentClosure,
              })),
            ),
          ),
        ),
      ),
    ),
  );

/** Every set of roles a caller may hold, each in the order of ROLES and in the reverse order. */
const everyRoleList = (): Role[][] => {
  const subsets = ROLES.reduce<Role[][]>((lists, role) => [...lists, ...lists.map((list) => [...list, role])], [[]]);
  return [...subsets, ...subsets.filter((list) => list.length > 1).map((list) => [...list].reverse())];
};

/**
 * The access rule is written twice: `relatesTo` in code decides, and `relatedRoleSql` lets the
 * read of a course log itself in the same statement. Were they to disagree, a refused read would be
 * logged or an allowed one fail; this proves them equal on every combination of the facts they
 * read, for every set of roles in either order (the role logged is the first that relates).
 */
describe('the access rule in SQL', () => {
  let ctx: MediumContext;

  beforeAll(async () => {
    ctx = await mediumContext();
  });

  afterAll(() => ctx.close());

  it("names the role relatedRole names, for every combination of facts and every caller's roles", async () => {
    const facts = everyCombinationOfFacts();
    const roleLists = everyRoleList();
    const rows: { fact: number; list: number; role: Role | null }[] = await ctx.db.query(
      `SELECT f.fact, l.list, ${relatedRoleSql('f', '$3::uuid', 'l.roles')} AS role
       FROM jsonb_to_recordset($1::jsonb) AS f (fact int, "referredBy" uuid, "caseManagerId" uuid, phase text,
              "closureReason" text, "inCallersTeam" boolean, "inCallersMunicipality" boolean, "votedOnRecentClosure" boolean),
            (SELECT list, ARRAY(SELECT jsonb_array_elements_text(roles)) AS roles
               FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS l (roles, list)) l
       ORDER BY f.fact, l.list`,
      [JSON.stringify(facts.map((fact, index) => ({ ...fact, fact: index }))), JSON.stringify(roleLists), me],
    );

    expect(rows).toHaveLength(facts.length * roleLists.length);
    const disagreements = rows.filter(({ fact, list, role }) => {
      const course = { ...facts[fact], courseId: 'course', citizenId: 'citizen' };
      const roles = roleLists[list - 1];
      return (role ?? undefined) !== relatedRole({ staffId: me, roles }, roles, course);
    });
    expect(disagreements).toEqual([]);
    // Not vacuous: every role is named somewhere, and so is none.
    expect(new Set(rows.map(({ role }) => role))).toEqual(
      new Set([null, 'caseworker', 'committee_member', 'case_manager', 'team_lead']),
    );
  });
});
