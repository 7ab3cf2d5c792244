import { AppConfig } from '@src/config/app-config';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { rolledBack } from '@test/medium/support/transaction';
import type { PlanNode } from '@test/medium/support/query-plan';

/** What every connection of the service is set up with before its first statement. */
describe("the service's database sessions", () => {
  let ctx: MediumContext;

  beforeAll(async () => {
    ctx = await mediumContext();
  });

  afterAll(() => ctx.close());

  it("act as the service's own role", async () => {
    expect(await ctx.db.query(`SELECT current_user AS role`)).toEqual([{ role: ctx.get(AppConfig).DATABASE_ROLE }]);
  });

  it('compile no statement, however costly its plan', async () => {
    const plan = await rolledBack(ctx.db, async (db) => {
      // Every statement is over the threshold now; with JIT on, this one would be compiled.
      await db.query(`SET LOCAL jit_above_cost = 0`);
      const [{ 'QUERY PLAN': explained }] = await db.query(
        `EXPLAIN (ANALYZE, FORMAT JSON) SELECT sum(i) FROM generate_series(1, 1000) i`,
      );
      return (explained as { Plan: PlanNode; JIT?: unknown }[])[0];
    });
    expect(plan.Plan['Node Type']).toBe('Aggregate');
    expect(plan.JIT).toBeUndefined();
  });
});
