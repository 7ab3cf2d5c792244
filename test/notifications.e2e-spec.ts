import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { jobIdOf } from '@src/outbox/side-effect-publisher';
import { NOTIFICATIONS_QUEUE } from '@src/queues/queues';
import { eventually } from './support/eventually';
import { startApp, startWorker, type TestApp, type TestWorker } from './support/test-app';
import type { StaffHandle } from './factories/staff';
import { World } from './factories/world';

interface Inbox {
  items: { id: string; kind: string; courseId: string; readAt: string | null }[];
  unread: number;
}

describe('side effects reach staff through the outbox, the relay and the queue', () => {
  let api: TestApp;
  let workers: TestWorker[];
  let world: World;
  let caseworker: StaffHandle;
  let committee: StaffHandle[];
  let caseManager: StaffHandle;

  beforeAll(async () => {
    api = await startApp();
    // Two workers, as in production: their relays compete for the same outbox rows.
    workers = [await startWorker(), await startWorker()];
    world = new World(api);
    caseworker = await world.staff(['caseworker'], { teamId: 'notify' });
    committee = [await world.staff(['committee_member']), await world.staff(['committee_member'])];
    caseManager = await world.staff(['case_manager'], { teamId: 'notify' });
  });
  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await api.close();
  });

  const inbox = async (staff: StaffHandle): Promise<Inbox> =>
    (await api.http.get('/api/v1/me/notifications').set('Authorization', staff.auth).expect(200)).body;

  it('a referral lands once in every committee member’s inbox, and in nobody else’s', async () => {
    const { courseId } = await world.refer(caseworker);
    for (const member of committee) {
      const { items } = await eventually(
        () => inbox(member),
        (box) => box.items.some((item) => item.courseId === courseId),
      );
      expect(items.filter((item) => item.courseId === courseId).map((item) => item.kind)).toEqual([
        'referral_in_queue',
      ]);
    }
    expect((await inbox(caseworker)).items.filter((item) => item.courseId === courseId)).toEqual([]);

    const rows: { sentAt: Date | null; id: string; createdAt: Date }[] = await api.db.query(
      `SELECT id::text, sent_at AS "sentAt", created_at AS "createdAt" FROM outbox WHERE course_id = $1`,
      [courseId],
    );
    expect(rows.every((row) => row.sentAt !== null)).toBe(true);
    const queue = workers[0].context.get<Queue>(getQueueToken(NOTIFICATIONS_QUEUE), { strict: false });
    expect(await queue.getJob(jobIdOf(rows[0]))).toMatchObject({
      name: 'notify',
      data: { outboxId: rows[0].id, courseId },
    });
  });

  it('an assignment notifies the case manager; reading it moves it behind the unread ones', async () => {
    const courseId = await world.courseIn({ caseworker, committee: committee[0], caseManager }, { phase: 'planning' });
    const box = await eventually(
      () => inbox(caseManager),
      (value) => value.items.some((item) => item.courseId === courseId),
    );
    const assigned = box.items.find((item) => item.courseId === courseId)!;
    expect(assigned.kind).toBe('course_assigned');

    await api.http
      .post(`/api/v1/me/notifications/${assigned.id}/read`)
      .set('Authorization', caseManager.auth)
      .expect(204);
    const after = await inbox(caseManager);
    expect(after.unread).toBe(box.unread - 1);
    expect(after.items.at(-1)).toMatchObject({ id: assigned.id, readAt: expect.any(String) });
    // Nobody can mark someone else's notification.
    await api.http
      .post(`/api/v1/me/notifications/${assigned.id}/read`)
      .set('Authorization', caseworker.auth)
      .expect(404);
  });

  it('publishing an outbox row again (a relay that died before marking it sent) delivers nothing twice', async () => {
    const { courseId } = await world.refer(caseworker);
    await eventually(
      () => inbox(committee[1]),
      (box) => box.items.some((item) => item.courseId === courseId),
    );
    await api.db.query(`UPDATE outbox SET sent_at = NULL WHERE course_id = $1`, [courseId]);
    await eventually(
      () =>
        api.db.query(`SELECT count(*)::int AS unsent FROM outbox WHERE course_id = $1 AND sent_at IS NULL`, [courseId]),
      ([{ unsent }]) => unsent === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const [{ copies }] = await api.db.query(
      `SELECT count(*)::int AS copies FROM notifications WHERE course_id = $1 AND recipient_id = $2`,
      [courseId, committee[1].id],
    );
    expect(copies).toBe(1);
  });
});
