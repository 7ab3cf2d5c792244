import { eventually } from './support/eventually';
import { ThrowawayRedis } from './support/redis-server';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

describe('the outbox relay when Redis is away', () => {
  const redis = new ThrowawayRedis(6391 + (process.pid % 100));
  let api: TestApp;
  let worker: TestWorker;
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle;

  // BullMQ's workers report every refused reconnection on the console; here that is the point.
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);

  beforeAll(async () => {
    await redis.start();
    api = await startApp();
    worker = await startWorker({ env: { REDIS_URL: redis.url } });
    world = new World(api);
    caseworker = await world.staff(['caseworker']);
    committee = await world.staff(['committee_member']);
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await redis.kill();
    quiet.mockRestore();
  });

  const unsent = async (courseId: string): Promise<number> =>
    (
      await api.db.query(`SELECT count(*)::int AS unsent FROM outbox WHERE course_id = $1 AND sent_at IS NULL`, [
        courseId,
      ])
    )[0].unsent;
  const delivered = async (courseId: string): Promise<number> =>
    (
      await api.db.query(
        `SELECT count(*)::int AS delivered FROM notifications WHERE course_id = $1 AND recipient_id = $2`,
        [courseId, committee.id],
      )
    )[0].delivered;

  it('keeps side effects unsent while Redis is down, and delivers each exactly once when it is back', async () => {
    await redis.kill();
    const { courseId } = await world.refer(caseworker);
    // The event itself is committed whatever Redis does; its side effect waits in the outbox.
    expect((await world.course(caseworker, courseId)).state).toBe('referral.submitted');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await unsent(courseId)).toBe(1);

    await redis.start();
    expect(
      await eventually(
        () => unsent(courseId),
        (count) => count === 0,
        20000,
      ),
    ).toBe(0);
    expect(
      await eventually(
        () => delivered(courseId),
        (count) => count === 1,
        10000,
      ),
    ).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await delivered(courseId)).toBe(1);
  });
});
