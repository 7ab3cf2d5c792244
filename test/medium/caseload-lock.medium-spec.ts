import type { Caller } from '@src/auth/roles';
import { Conflict } from '@src/problems/domain-error';
import { StaffRepository } from '@src/staff/staff.repository';
import { type MediumContext, mediumContext } from '@test/medium/support/medium-context';
import { Seed } from '@test/medium/support/seed';
import { eventually } from '@test/support/eventually';
import { asOwner } from '@test/support/owner-database';

/** Sessions of this database waiting for a lock another holds. */
const waitingForLocks = () =>
  asOwner(async (db) => {
    const { rows } = await db.query<{ waiting: number }>(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0].waiting;
  });

/**
 * The caseload lock (CaseloadLimit, StaffRepository.lockCaseload): an assignment locks the case
 * manager's row, then counts their open courses, so two assignments racing for the last slot
 * cannot both take it.
 */
describe('the caseload lock', () => {
  let ctx: MediumContext;
  let seed: Seed;

  beforeAll(async () => {
    ctx = await mediumContext();
    seed = new Seed(ctx);
  });

  afterAll(() => ctx.close());

  it('lets exactly one of two concurrent assignments take a case manager’s last slot', async () => {
    const caseworker = await seed.staff(['caseworker']);
    const committee = await seed.staff(['committee_member']);
    const caseManager = await seed.staff(['case_manager'], { maxCaseload: 2 });
    await seed.assignedCourse({ caseworker, committee, caseManager });
    const racing = [await seed.referral(caseworker), await seed.referral(caseworker)];
    const assign = (courseId: string, by: Caller) =>
      seed.send(by, courseId, { type: 'VISITATION_APPROVED', caseManagerId: caseManager.staffId });

    // Holding the case manager's row makes both assignments wait at the lock, so that they
    // certainly overlap; released, they take it one after the other.
    const outcomes = await asOwner(async (holder) => {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM staff WHERE id = $1 FOR UPDATE', [caseManager.staffId]);
      const attempts = Promise.allSettled(racing.map((courseId) => assign(courseId, committee)));
      expect(await eventually(waitingForLocks, (waiting) => waiting === 2)).toBe(2);
      await holder.query('COMMIT');
      return attempts;
    });

    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const refusal = (lost[0] as PromiseRejectedResult).reason;
    expect(refusal).toBeInstanceOf(Conflict);
    expect(refusal).toMatchObject({ slug: 'caseload-full', extensions: { caseload: 2, maxCaseload: 2 } });

    expect(await ctx.get(StaffRepository).find(ctx.db.manager, caseManager.staffId)).toMatchObject({ caseload: 2 });
    const states = await ctx.db.query(`SELECT state, version FROM courses WHERE id = ANY($1) ORDER BY state`, [racing]);
    expect(states).toEqual([
      { state: 'planning', version: 2 },
      { state: 'referral.submitted', version: 1 },
    ]);
  });
});
