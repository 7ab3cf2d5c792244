import { validatePlain } from '@src/problems/validation';
import { COURSE_EVENT_CATALOG, isCourseEventType } from '@src/courses/events/course-event-catalog';
import { COURSE_EVENT_EXAMPLES } from './course-event-examples';

describe('the documented bodies of POST /courses/:id/events', () => {
  it('show every event type the route takes, and no other', () => {
    const takenByTheRoute = Object.entries(COURSE_EVENT_CATALOG)
      .filter(([, rule]) => !rule.sentThrough)
      .map(([type]) => type);
    expect(Object.keys(COURSE_EVENT_EXAMPLES).sort()).toEqual(takenByTheRoute.sort());
  });

  it.each(Object.entries(COURSE_EVENT_EXAMPLES))('%s passes the payload rules of its type', (name, { value }) => {
    const { type, ...payload } = value as Record<string, unknown>;
    expect(type).toBe(name);
    if (!isCourseEventType(type)) throw new Error(`${String(type)} is no course event type`);
    expect(() => validatePlain(COURSE_EVENT_CATALOG[type].payload, payload)).not.toThrow();
  });
});
