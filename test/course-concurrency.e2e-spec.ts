import { startApp, type TestApp } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

/** Two API instances with their own connection pools, as behind a load balancer. */
describe('concurrent events on one course', () => {
  let apis: TestApp[];
  let worlds: World[];
  let caseworker: StaffHandle;
  let committee: StaffHandle;
  let caseManager: StaffHandle;

  beforeAll(async () => {
    apis = [await startApp(), await startApp()];
    worlds = apis.map((api) => new World(api));
    caseworker = await worlds[0].staff(['caseworker']);
    committee = await worlds[0].staff(['committee_member']);
    caseManager = await worlds[0].staff(['case_manager']);
  });
  afterAll(() => Promise.all(apis.map((api) => api.close())));

  it('50 case notes at once leave a gap-free log as long as the number of 2xx answers', async () => {
    const courseId = await worlds[0].courseIn({ caseworker, committee, caseManager }, { phase: 'planning' });

    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        worlds[i % 2].send(caseManager, courseId, { type: 'NOTE_ADDED', text: `note ${i}` }),
      ),
    );
    const accepted = answers.filter((answer) => answer.status >= 200 && answer.status < 300);
    expect(answers.filter((answer) => !accepted.includes(answer)).map((answer) => answer.status)).toEqual([]);

    const log = await worlds[1].events(caseManager, courseId);
    const notes = log.filter((entry) => entry.type === 'NOTE_ADDED');
    expect(notes).toHaveLength(accepted.length);
    expect(log.map((entry) => entry.seq)).toEqual(Array.from({ length: log.length }, (_, i) => i + 1));
    expect(new Set(accepted.map((answer) => answer.body.seq))).toEqual(new Set(notes.map((entry) => entry.seq)));
    expect((await worlds[0].course(caseManager, courseId)).version).toBe(log.length);
  });

  it('of 10 writers that all read the same version, exactly one wins; the rest get 409', async () => {
    const { courseId } = await worlds[0].refer(caseworker);
    const { version } = await worlds[0].course(caseworker, courseId);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        worlds[i % 2].send(caseworker, courseId, { type: 'NOTE_ADDED', text: `race ${i}` }, `"${version}"`),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(9).fill(409)]);
    expect(await worlds[1].events(caseworker, courseId)).toHaveLength(version + 1);
  });

  it('of 20 approvals racing for a case manager with one free slot, exactly one is assigned', async () => {
    const lastSlot = await worlds[0].staff(['case_manager'], { maxCaseload: 1 });
    const courses = await Promise.all(Array.from({ length: 20 }, () => worlds[0].refer(caseworker)));
    const answers = await Promise.all(
      courses.map(({ courseId }, i) =>
        worlds[i % 2].send(committee, courseId, { type: 'VISITATION_APPROVED', caseManagerId: lastSlot.id }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(19).fill(409)]);
    const [{ caseload }] = await apis[0].db.query(
      `SELECT count(*)::int AS caseload FROM courses WHERE case_manager_id = $1`,
      [lastSlot.id],
    );
    expect(caseload).toBe(1);
  });
});
