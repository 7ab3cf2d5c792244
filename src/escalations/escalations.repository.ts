import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CitizenRow } from '@src/citizens/citizen-view';
import { citizenRowColumns } from '@src/citizens/citizens.repository';

export interface FiredStep {
  step: number;
  level: number;
  firedAt: Date;
  whereabouts: string[];
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
  plannedAction: string | null;
}

export interface LadderRow {
  ladder: number;
  startedAt: Date;
  endedAt: Date | null;
  missedAppointmentId: string | null;
  steps: FiredStep[];
  /** The step waiting to fire, while the ladder runs. */
  pending: { subject: string; dueAt: Date } | null;
}

export interface OutOfContact {
  courseId: string;
  citizenId: string;
  caseManagerId: string | null;
  ladder: number;
  startedAt: Date;
  level: number;
  lastFiredAt: Date | null;
  acknowledgedAt: Date | null;
  plannedAction: string | null;
  lastContactAt: string | null;
}

@Injectable()
export class EscalationsRepository {
  /** Every ladder of a course, newest first, with its fired steps and the step still to fire. */
  async laddersOf(db: EntityManager, courseId: string): Promise<LadderRow[]> {
    return db.query(
      `SELECT l.ladder, l.started_at AS "startedAt", l.ended_at AS "endedAt", l.missed_appointment_id AS "missedAppointmentId",
              coalesce((SELECT json_agg(json_build_object(
                         'step', s.step, 'level', s.level, 'firedAt', s.fired_at, 'whereabouts', s.whereabouts,
                         'acknowledgedAt', s.acknowledged_at, 'acknowledgedBy', s.acknowledged_by, 'plannedAction', s.planned_action)
                       ORDER BY s.step)
                        FROM escalation_steps s WHERE s.course_id = l.course_id AND s.ladder = l.ladder), '[]') AS steps,
              (SELECT json_build_object('subject', t.subject, 'dueAt', t.due_at) FROM timers t
               WHERE t.course_id = l.course_id AND t.kind = 'escalation_step' AND t.subject LIKE l.ladder || '.%'
                 AND t.fired_at IS NULL AND t.cancelled_at IS NULL) AS pending
       FROM escalation_ladders l WHERE l.course_id = $1 ORDER BY l.ladder DESC`,
      [courseId],
    );
  }

  /**
   * The team's citizens out of contact: running ladders of its case managers' courses, longest
   * first. Read from the team's staff through their open courses, whose ladders alone can run (a
   * closure ends its course's ladder): from the ladders, every open ladder in the country is read.
   */
  async openForTeamOf(
    db: EntityManager,
    teamLeadId: string,
    page: { limit: number; offset: number },
  ): Promise<(OutOfContact & CitizenRow)[]> {
    return db.query(
      `SELECT l.course_id AS "courseId", c.citizen_id AS "citizenId", c.case_manager_id AS "caseManagerId", l.ladder,
              l.started_at AS "startedAt", coalesce(last.level, 0) AS level, last.fired_at AS "lastFiredAt",
              last.acknowledged_at AS "acknowledgedAt", last.planned_action AS "plannedAction",
              c.snapshot -> 'context' ->> 'lastContactAt' AS "lastContactAt", c.citizen_id AS id, ${citizenRowColumns('z')}
       FROM staff cm
       JOIN courses c ON c.case_manager_id = cm.id AND c.phase <> 'closed'
       JOIN escalation_ladders l ON l.course_id = c.id AND l.ended_at IS NULL
       JOIN citizens z ON z.id = c.citizen_id
       LEFT JOIN LATERAL (SELECT s.level, s.fired_at, s.acknowledged_at, s.planned_action FROM escalation_steps s
                          WHERE s.course_id = l.course_id AND s.ladder = l.ladder ORDER BY s.step DESC LIMIT 1) last ON true
       WHERE cm.team_id = (SELECT team_id FROM staff WHERE id = $1)
       ORDER BY l.started_at, l.course_id LIMIT $2 OFFSET $3`,
      [teamLeadId, page.limit, page.offset],
    );
  }
}
