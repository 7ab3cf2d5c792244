import { Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { REMINDER_KINDS, type TimerKind } from '@workflows/icm-course';

/** From a second to a day: escalation steps are hours apart, a late one is late by seconds to hours. */
const LATENESS_BUCKETS_SECONDS = [1, 5, 15, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600];

const isReminder = (kind: TimerKind) => (REMINDER_KINDS as readonly string[]).includes(kind);

/** What the worker's timers did: how late each fired after its due time, and the reminders they sent. */
@Injectable()
export class TimerMetrics {
  private readonly lateness: Histogram<'kind'>;
  private readonly reminders: Counter<'kind'>;

  constructor(registry: Registry) {
    this.lateness = new Histogram({
      name: 'icm_timer_lateness_seconds',
      help: 'How long after its due time a timer fired (escalation steps are kind="escalation_step")',
      labelNames: ['kind'],
      buckets: LATENESS_BUCKETS_SECONDS,
      registers: [registry],
    });
    this.reminders = new Counter({
      name: 'icm_reminders_sent_total',
      help: 'Reminders sent to staff, by kind',
      labelNames: ['kind'],
      registers: [registry],
    });
  }

  /** A timer due at `dueAt` has fired (its event committed) at `firedAt`. */
  fired(kind: TimerKind, dueAt: Date, firedAt = new Date()): void {
    this.lateness.observe({ kind }, Math.max(0, firedAt.getTime() - dueAt.getTime()) / 1000);
    if (isReminder(kind)) this.reminders.inc({ kind });
  }
}
