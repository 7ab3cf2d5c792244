/**
 * Appointments are the course's own: scheduled, moved and cancelled in every open phase, by id.
 * Whether the citizen came (attended or missed) belongs to the engagement: icm-course.engagement.spec.ts.
 */
import {
  APPOINTMENT,
  MOVED_SLOT,
  ROUTED_PHASES,
  SLOT,
  cancel,
  courseIn,
  expectRefused,
  miss,
  playOn,
  reschedule,
  schedule,
  send,
} from './test-support';

describe.each(ROUTED_PHASES)('in %s', (phase) => {
  it('an appointment is scheduled, moved and cancelled without asking for anything', () => {
    const before = courseIn(phase);
    const scheduled = send(before, schedule());
    expect(scheduled.snapshot.value).toEqual(before.value);
    expect(scheduled.snapshot.context).toEqual({ ...before.context, appointments: [{ id: APPOINTMENT, ...SLOT }] });
    expect(scheduled.actions).toEqual([]);
    const moved = send(scheduled.snapshot, reschedule());
    expect(moved.snapshot.context).toEqual({ ...before.context, appointments: [{ id: APPOINTMENT, ...MOVED_SLOT }] });
    expect(moved.actions).toEqual([]);
    const cancelled = send(moved.snapshot, cancel());
    expect(cancelled.snapshot.context).toEqual(before.context);
    expect(cancelled.actions).toEqual([]);
  });

  it('an appointment id is scheduled once while it is open', () => {
    expectRefused(playOn(courseIn(phase), schedule()).snapshot, schedule(MOVED_SLOT));
  });

  it('only an open appointment can be moved or cancelled', () => {
    for (const course of [courseIn(phase), playOn(courseIn(phase), schedule(), miss()).snapshot]) {
      expectRefused(course, reschedule());
      expectRefused(course, cancel());
    }
    expectRefused(playOn(courseIn(phase), schedule()).snapshot, reschedule(MOVED_SLOT, 'appointment-2'));
  });
});

it('several appointments are kept apart: moving or cancelling one leaves the others', () => {
  const two = playOn(courseIn('coordination'), schedule(), schedule(MOVED_SLOT, 'appointment-2')).snapshot;
  expect(send(two, reschedule(MOVED_SLOT)).snapshot.context.appointments).toEqual([
    { id: APPOINTMENT, ...MOVED_SLOT },
    { id: 'appointment-2', ...MOVED_SLOT },
  ]);
  expect(send(two, cancel('appointment-2')).snapshot.context.appointments).toEqual([{ id: APPOINTMENT, ...SLOT }]);
});
