import { Registry } from 'prom-client';
import { TimerMetrics } from './timer-metrics';

const DUE = new Date('2026-03-02T08:00:00Z');
const after = (ms: number) => new Date(DUE.getTime() + ms);

describe('timers firing, as metrics', () => {
  let registry: Registry;
  let metrics: TimerMetrics;
  beforeEach(() => {
    registry = new Registry();
    metrics = new TimerMetrics(registry);
  });

  const series = async (name: string) => (await registry.getSingleMetric(name)!.get()).values;

  it('observe how late an escalation step fired, in seconds', async () => {
    metrics.fired('escalation_step', DUE, after(90_000));
    const values = await series('icm_timer_lateness_seconds');
    const sum = values.find(
      (value) => (value as { metricName?: string }).metricName === 'icm_timer_lateness_seconds_sum',
    );
    expect(sum).toMatchObject({ labels: { kind: 'escalation_step' }, value: 90 });
    expect(values.find((value) => value.labels.le === 60)?.value).toBe(0);
    expect(values.find((value) => value.labels.le === 300)?.value).toBe(1);
  });

  it('count a reminder sent for reminder kinds only', async () => {
    metrics.fired('first_contact_due', DUE, after(1000));
    metrics.fired('appointment_check', DUE, after(1000));
    metrics.fired('escalation_step', DUE, after(1000));
    expect(await series('icm_reminders_sent_total')).toEqual([
      expect.objectContaining({ labels: { kind: 'first_contact_due' }, value: 1 }),
    ]);
  });
});
