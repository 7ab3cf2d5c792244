import type { TestApp } from './test-app';
import type { RecordContactDto } from '@src/contacts/dto/record-contact.dto';
import type { StaffHandle } from '@test/factories/staff';

/** A ladder scaled to seconds: level 1 at once, level 2 after 2 s, level 3 after 4 s, then every 3 s. */
export const FAST_LADDER_ENV = {
  APPOINTMENT_GRACE: 'PT1S',
  ESCALATION_LEVEL_DELAYS: 'PT0S,PT2S,PT4S',
  ESCALATION_REPEAT_EVERY: 'PT3S',
  RECONCILE_EVERY_MS: '500',
  RECONCILE_AFTER_MS: '1500',
};

export interface InboxItem {
  id: string;
  courseId: string;
  kind: string;
  payload: Record<string, unknown>;
}

export const inbox = async (api: TestApp, staff: StaffHandle): Promise<InboxItem[]> =>
  (await api.http.get('/api/v1/me/notifications?limit=200').set('Authorization', staff.auth).expect(200)).body.items;

/** The escalation notifications of one course in a staff member's inbox, as their levels in firing order. */
export const escalationLevels = async (api: TestApp, staff: StaffHandle, courseId: string): Promise<number[]> => {
  const items = await inbox(api, staff);
  return items
    .filter((item) => item.courseId === courseId && item.kind === 'outreach_escalation')
    .sort((a, b) => Number(a.payload.step) - Number(b.payload.step))
    .map((item) => Number(item.payload.level));
};

/** An appointment that began half an hour ago and ends `endsInMs` from now. */
export function appointmentEndingIn(endsInMs: number, kind = 'treatment') {
  const now = Date.now();
  return {
    kind,
    startsAt: new Date(now - 30 * 60_000).toISOString(),
    endsAt: new Date(now + endsInMs).toISOString(),
    service: 'Misbrugscenter',
  };
}

export async function scheduleAppointment(
  api: TestApp,
  staff: StaffHandle,
  courseId: string,
  body: object,
): Promise<{ id: string }> {
  return (
    await api.http
      .post(`/api/v1/courses/${courseId}/appointments`)
      .set('Authorization', staff.auth)
      .send(body)
      .expect(201)
  ).body;
}

export function registerAttendance(
  api: TestApp,
  staff: StaffHandle,
  appointmentId: string,
  attendance: 'attended' | 'missed',
) {
  return api.http
    .post(`/api/v1/appointments/${appointmentId}/attendance`)
    .set('Authorization', staff.auth)
    .send({ attendance });
}

export function recordContact(api: TestApp, staff: StaffHandle, courseId: string, body: Partial<RecordContactDto>) {
  return api.http
    .post(`/api/v1/courses/${courseId}/contacts`)
    .set('Authorization', staff.auth)
    .send({ at: new Date().toISOString(), channel: 'phone', ...body });
}

/** Steps fired per ladder of a course, straight from the table whose key forbids a second firing. */
export async function firedSteps(
  api: TestApp,
  courseId: string,
): Promise<{ ladder: number; step: number; level: number }[]> {
  return api.db.query(`SELECT ladder, step, level FROM escalation_steps WHERE course_id = $1 ORDER BY ladder, step`, [
    courseId,
  ]);
}
