import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { TimerKey } from '@workflows/icm-course';
import { AppointmentsRepository } from '@src/appointments/appointments.repository';
import { CourseRuntime, type SystemSendOptions } from '@src/courses/course-runtime';
import { TimerMetrics } from '@src/metrics/timer-metrics';
import { MarkedDone, OutboxJobProcessor } from '@src/outbox/outbox-job.processor';
import { OutboxRepository } from '@src/outbox/outbox.repository';
import { Conflict } from '@src/problems/domain-error';
import { type SideEffectJob, TIMERS_QUEUE } from '@src/queues/queues';
import { type TimerRow, TimersRepository } from './timers.repository';

export type TimerOutcome = 'fired' | 'not_pending' | 'no_longer_applies';

/** Thrown so that BullMQ tries again later: the outbox row must not be marked done before the timer fires. */
export class TimerNotDueYet extends Error {}

/** Refusals that mean the course has moved on since the timer was set; anything else is retried. */
const STALE = new Set(['event-not-allowed', 'rule-refused', 'timer-not-pending', 'appointment-not-open']);

/**
 * Fires a due timer by sending its event through the course runtime, which marks the timer fired
 * in the same transaction. A timer that already fired or was cancelled changes nothing, so a job
 * that runs twice (a retry, the reconciler, a stalled job run again) is harmless.
 */
@Processor(TIMERS_QUEUE)
export class TimerDueProcessor extends OutboxJobProcessor<TimerKey, { outcome: TimerOutcome }> {
  private readonly logger = new Logger(TimerDueProcessor.name);

  constructor(
    @InjectDataSource() dataSource: DataSource,
    outbox: OutboxRepository,
    private readonly timers: TimersRepository,
    private readonly appointments: AppointmentsRepository,
    private readonly runtime: CourseRuntime,
    private readonly metrics: TimerMetrics,
  ) {
    super(dataSource, outbox);
  }

  protected async work(
    job: SideEffectJob<TimerKey>,
  ): Promise<{ outcome: TimerOutcome } | MarkedDone<{ outcome: TimerOutcome }>> {
    const courseId = job.courseId!;
    const key: TimerKey = { kind: job.params.kind, subject: job.params.subject };
    const timer = await this.timers.find(this.dataSource.manager, courseId, key);
    if (!timer || timer.firedAt || timer.cancelledAt) return { outcome: 'not_pending' };
    // Only a clock running behind the one that set the timer gets here.
    if (timer.dueAt.getTime() > Date.now())
      throw new TimerNotDueYet(`${key.kind} ${key.subject} is due at ${timer.dueAt.toISOString()}`);
    try {
      await this.fire(courseId, key, timer, job.outboxId);
      this.metrics.fired(key.kind, timer.dueAt);
      return new MarkedDone({ outcome: 'fired' });
    } catch (error) {
      if (!(error instanceof Conflict) || !STALE.has(error.slug)) throw error;
      await this.timers.cancel(this.dataSource.manager, courseId, key);
      this.logger.warn(`Timer ${key.kind} of course ${courseId} no longer applies (${error.slug}); cancelled`);
      return { outcome: 'no_longer_applies' };
    }
  }

  /** Sends the timer's event; its job's outbox row is marked done in the event's own transaction. */
  private async fire(courseId: string, timer: TimerKey, row: TimerRow, completesOutboxRow: string): Promise<void> {
    const { event, alongside } = this.eventOf(timer, row);
    await this.runtime.sendAsSystem(courseId, event, { alongside, completesOutboxRow });
  }

  /** The event a timer sends, and for a missed appointment the attendance written with it. */
  private eventOf(
    timer: TimerKey,
    { whereabouts }: TimerRow,
  ): { event: Record<string, unknown>; alongside?: SystemSendOptions['alongside'] } {
    if (timer.kind === 'escalation_step') return { event: { type: 'ESCALATION_STEP_DUE', timer, whereabouts } };
    if (timer.kind !== 'appointment_check') return { event: { type: 'REMINDER_DUE', timer } };
    const appointmentId = timer.subject.split('@')[0];
    return {
      event: { type: 'APPOINTMENT_MISSED', appointmentId, automatic: true, timer },
      alongside: async (db) => {
        if (!(await this.appointments.registerAttendance(db, appointmentId, 'missed', null))) {
          throw new Conflict(
            'appointment-not-open',
            'The appointment is no longer open',
            `Appointment ${appointmentId} is settled`,
          );
        }
      },
    };
  }
}
