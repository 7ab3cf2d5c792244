import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@src/database/changed-rows';
import type { LinkedPlanDto, PlanGoalDto, ServiceContactDto } from './dto/draft-plan.dto';
import type { ServiceKind, ServiceStatus } from './plan-vocabulary';

/** A service as one plan version describes it; `status` is its status when the version was drafted. */
export interface PlannedService {
  id: string;
  kind: ServiceKind;
  provider: string | null;
  contact: ServiceContactDto;
  status: ServiceStatus;
}

export interface PlanVersion {
  courseId: string;
  version: number;
  citizenWishes: string;
  resources: string[];
  goals: PlanGoalDto[];
  services: PlannedService[];
  linkedPlans: LinkedPlanDto[];
  draftedBy: string;
  draftedAt: Date;
  approvedBy: string | null;
  approvedAt: Date | null;
}

export type NewPlanVersion = Omit<PlanVersion, 'draftedAt' | 'approvedBy' | 'approvedAt'> & { eventSeq: number };

const COLUMNS = `course_id AS "courseId", version, citizen_wishes AS "citizenWishes", resources, goals, services,
  linked_plans AS "linkedPlans", drafted_by AS "draftedBy", drafted_at AS "draftedAt", approved_by AS "approvedBy", approved_at AS "approvedAt"`;

/** Versions of the citizen's plan; each is written in the transaction of the event that drafts or approves it. */
@Injectable()
export class PlansRepository {
  async latestVersion(db: EntityManager, courseId: string): Promise<number> {
    const [{ version }] = await db.query(
      `SELECT coalesce(max(version), 0)::int AS version FROM plan_versions WHERE course_id = $1`,
      [courseId],
    );
    return version;
  }

  async insert(db: EntityManager, plan: NewPlanVersion): Promise<PlanVersion> {
    const [row] = await db.query(
      `INSERT INTO plan_versions (course_id, version, citizen_wishes, resources, goals, services, linked_plans, drafted_by, event_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${COLUMNS}`,
      [
        plan.courseId,
        plan.version,
        plan.citizenWishes,
        JSON.stringify(plan.resources),
        JSON.stringify(plan.goals),
        JSON.stringify(plan.services),
        JSON.stringify(plan.linkedPlans),
        plan.draftedBy,
        plan.eventSeq,
      ],
    );
    return row;
  }

  /** Approves the version if it is still a draft; undefined when there is no such draft. */
  async approve(
    db: EntityManager,
    courseId: string,
    version: number,
    approvedBy: string,
  ): Promise<PlanVersion | undefined> {
    const rows = await returnedRows<PlanVersion>(
      db,
      `UPDATE plan_versions SET approved_by = $3, approved_at = now()
       WHERE course_id = $1 AND version = $2 AND approved_at IS NULL RETURNING ${COLUMNS}`,
      [courseId, version, approvedBy],
    );
    return rows[0];
  }

  async find(db: EntityManager, courseId: string, version: number): Promise<PlanVersion | undefined> {
    const rows = await db.query(`SELECT ${COLUMNS} FROM plan_versions WHERE course_id = $1 AND version = $2`, [
      courseId,
      version,
    ]);
    return rows[0];
  }

  async latest(db: EntityManager, courseId: string): Promise<PlanVersion | undefined> {
    const rows = await db.query(
      `SELECT ${COLUMNS} FROM plan_versions WHERE course_id = $1 ORDER BY version DESC LIMIT 1`,
      [courseId],
    );
    return rows[0];
  }

  async list(db: EntityManager, courseId: string): Promise<PlanVersion[]> {
    return db.query(`SELECT ${COLUMNS} FROM plan_versions WHERE course_id = $1 ORDER BY version`, [courseId]);
  }
}
