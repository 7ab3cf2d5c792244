import { callerRelationColumns } from '@src/courses/course-facts.repository';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { type PlanNode, nodesOf } from '@test/medium/support/query-plan';
import { Seed } from '@test/medium/support/seed';

/**
 * The caller's relation to a course, which every access check and every event's row lock reads:
 * for an open course it never reads the course's events (they grow for as long as the course runs),
 * only for one closed within the review period, where it asks whether the caller voted on it.
 */
describe("the caller's relation to a course", () => {
  let ctx: MediumContext;
  let seed: Seed;

  beforeAll(async () => {
    ctx = await mediumContext();
    seed = new Seed(ctx);
  });

  afterAll(() => ctx.close());

  /** How many times each table was visited when the relation of `staffId` to `courseId` was read. */
  async function visits(courseId: string, staffId: string): Promise<Record<string, number>> {
    const [{ 'QUERY PLAN': plans }] = await ctx.db.query(
      `EXPLAIN (ANALYZE, FORMAT JSON) SELECT ${callerRelationColumns('$2', '$3')} FROM courses c WHERE c.id = $1`,
      [courseId, staffId, 3600],
    );
    const counts: Record<string, number> = {};
    for (const node of nodesOf((plans as { Plan: PlanNode }[])[0].Plan))
      if (node['Relation Name'])
        counts[node['Relation Name']] = (counts[node['Relation Name']] ?? 0) + (node['Actual Loops'] ?? 0);
    return counts;
  }

  it('reads no event of an open course, and the events of one closed a moment ago', async () => {
    const caseworker = await seed.staff(['caseworker']);
    const committee = await seed.staff(['committee_member']);
    const caseManager = await seed.staff(['case_manager']);
    const courseId = await seed.assignedCourse({ caseworker, committee, caseManager });

    const open = await visits(courseId, committee.staffId);
    expect(open.courses).toBe(1);
    expect(open.course_events ?? 0).toBe(0);

    await ctx.db.query(`UPDATE courses SET closed_at = now() WHERE id = $1`, [courseId]);
    try {
      expect((await visits(courseId, committee.staffId)).course_events).toBe(1);
    } finally {
      await ctx.db.query(`UPDATE courses SET closed_at = NULL WHERE id = $1`, [courseId]);
    }
  });
});
