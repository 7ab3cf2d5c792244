import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';
import { DomainError } from '@src/problems/domain-error';

export type CourseEventOutcome = 'accepted' | 'refused' | 'failed';

/** Events sent to courses, by type and outcome: accepted, refused (with the problem's slug) or failed. */
@Injectable()
export class CourseEventMetrics {
  private readonly events: Counter<'type' | 'outcome' | 'refusal'>;

  constructor(registry: Registry) {
    this.events = new Counter({
      name: 'icm_course_events_total',
      help: 'Events sent to courses, by type and outcome (accepted, refused with the refusal slug, failed)',
      labelNames: ['type', 'outcome', 'refusal'],
      registers: [registry],
    });
  }

  /** Counts the outcome of an event's transaction once it has committed or been refused; passes it on unchanged. */
  async counted<T>(type: string, transaction: Promise<T>): Promise<T> {
    try {
      const result = await transaction;
      this.events.inc({ type, outcome: 'accepted', refusal: '' });
      return result;
    } catch (error) {
      const refused = error instanceof DomainError;
      this.events.inc({ type, outcome: refused ? 'refused' : 'failed', refusal: refused ? error.slug : '' });
      throw error;
    }
  }
}
