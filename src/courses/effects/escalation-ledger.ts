import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type {
  AcknowledgeEscalationParams,
  EndLadderParams,
  FireEscalationStepParams,
  OpenLadderParams,
} from '@workflows/icm-course';
import type { ExecutableAction } from '@src/courses/machine-stepper';
import { preparedStatement } from '@src/database/prepared-statement';

const OPEN_LADDER = preparedStatement(
  'ledger-open-ladder',
  `INSERT INTO escalation_ladders (course_id, ladder, started_at, missed_appointment_id) VALUES ($1, $2, $3, $4)`,
);

const FIRE_STEP = preparedStatement(
  'ledger-fire-step',
  `INSERT INTO escalation_steps (course_id, ladder, step, level, fired_at, whereabouts) VALUES ($1, $2, $3, $4, $5, $6)`,
);

const ACKNOWLEDGE_STEP = preparedStatement(
  'ledger-acknowledge',
  `UPDATE escalation_steps SET acknowledged_at = $4, acknowledged_by = $5, planned_action = $6
         WHERE (course_id, ladder, step) = (
           SELECT course_id, ladder, max(step) FROM escalation_steps
           WHERE course_id = $1 AND ladder = $2 AND level = $3 GROUP BY course_id, ladder)`,
);

const END_LADDER = preparedStatement(
  'ledger-end-ladder',
  `UPDATE escalation_ladders SET ended_at = $3 WHERE course_id = $1 AND ladder = $2 AND ended_at IS NULL`,
);

type LedgerWrite = (db: EntityManager, courseId: string, params: never) => Promise<unknown>;

/**
 * The outreach ladders as the machine runs them, written in the event's transaction so that the
 * escalation views read tables rather than replay events. The key (course, ladder, step) makes a
 * step that fires twice fail the second transaction.
 */
@Injectable()
export class EscalationLedger {
  private readonly writes: Record<string, LedgerWrite> = {
    openLadder: (db, courseId, p: OpenLadderParams) =>
      db.query(OPEN_LADDER, [courseId, p.ladder, p.startedAt, p.missedAppointmentId]),
    fireEscalationStep: (db, courseId, p: FireEscalationStepParams) =>
      db.query(FIRE_STEP, [courseId, p.ladder, p.step, p.level, p.firedAt, JSON.stringify(p.whereabouts)]),
    // The level's latest step: after the last level, its reminders repeat that level.
    acknowledgeEscalation: (db, courseId, p: AcknowledgeEscalationParams) =>
      db.query(ACKNOWLEDGE_STEP, [courseId, p.ladder, p.level, p.acknowledgedAt, p.acknowledgedBy, p.plannedAction]),
    endLadder: (db, courseId, p: EndLadderParams) => db.query(END_LADDER, [courseId, p.ladder, p.endedAt]),
  };

  /** Whether the ledger records this action (the others go to the outbox). */
  records(action: ExecutableAction): boolean {
    return Object.hasOwn(this.writes, action.type);
  }

  async record(db: EntityManager, courseId: string, actions: ExecutableAction[]): Promise<void> {
    for (const action of actions) await this.writes[action.type](db, courseId, action.params as never);
  }
}
