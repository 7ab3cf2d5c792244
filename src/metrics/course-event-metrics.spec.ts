import { Registry } from 'prom-client';
import { Conflict } from '@src/problems/domain-error';
import { CourseEventMetrics } from './course-event-metrics';

const count = async (registry: Registry, labels: Record<string, string>) => {
  const [counter] = await registry.getMetricsAsJSON();
  return counter.values.find((value) =>
    Object.entries(labels).every(([label, wanted]) => value.labels[label] === wanted),
  )?.value;
};

describe('course events counted by outcome', () => {
  let registry: Registry;
  let metrics: CourseEventMetrics;
  beforeEach(() => {
    registry = new Registry();
    metrics = new CourseEventMetrics(registry);
  });

  it('counts an event whose transaction committed as accepted and passes its result on', async () => {
    await expect(metrics.counted('NOTE_ADDED', Promise.resolve({ seq: 2 }))).resolves.toEqual({ seq: 2 });
    expect(await count(registry, { type: 'NOTE_ADDED', outcome: 'accepted' })).toBe(1);
  });

  it('counts a refusal under its problem slug and passes the refusal on', async () => {
    const refusal = new Conflict(
      'event-not-allowed',
      'Event not allowed in this state',
      'PLAN_APPROVED is not allowed in submitted',
    );
    await expect(metrics.counted('PLAN_APPROVED', Promise.reject(refusal))).rejects.toBe(refusal);
    expect(await count(registry, { type: 'PLAN_APPROVED', outcome: 'refused', refusal: 'event-not-allowed' })).toBe(1);
  });

  it('counts an error that is no refusal (the database went away) as failed', async () => {
    await expect(metrics.counted('NOTE_ADDED', Promise.reject(new Error('Connection terminated')))).rejects.toThrow(
      'Connection terminated',
    );
    expect(await count(registry, { type: 'NOTE_ADDED', outcome: 'failed', refusal: '' })).toBe(1);
  });
});
