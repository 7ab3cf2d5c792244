import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ReassessmentOutcome } from '@workflows/icm-course';
import type { AssessmentKind, HousingStatus } from './assessment-vocabulary';
import type { DomainRatingsDto } from './dto/record-assessment.dto';

export interface Assessment {
  id: string;
  courseId: string;
  kind: AssessmentKind;
  domains: DomainRatingsDto;
  housingStatus: HousingStatus;
  problematicUseDays: number | null;
  nextPhase: ReassessmentOutcome | null;
  note: string | null;
  /** A reassessment's due date; null for the baseline. */
  dueAt: Date | null;
  recordedBy: string;
  recordedAt: Date;
}

export type NewAssessment = Omit<Assessment, 'id' | 'dueAt' | 'recordedAt'> & {
  dueAt: string | null;
  eventSeq: number;
};

const COLUMNS = `id, course_id AS "courseId", kind, ratings AS domains, housing_status AS "housingStatus",
  problematic_use_days AS "problematicUseDays", next_phase AS "nextPhase", note, due_at AS "dueAt",
  recorded_by AS "recordedBy", recorded_at AS "recordedAt"`;

@Injectable()
export class AssessmentsRepository {
  async insert(db: EntityManager, assessment: NewAssessment): Promise<Assessment> {
    const [row] = await db.query(
      `INSERT INTO assessments (course_id, kind, ratings, housing_status, problematic_use_days, next_phase, note, due_at, recorded_by, event_seq)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [
        assessment.courseId,
        assessment.kind,
        JSON.stringify(assessment.domains),
        assessment.housingStatus,
        assessment.problematicUseDays,
        assessment.nextPhase,
        assessment.note,
        assessment.dueAt,
        assessment.recordedBy,
        assessment.eventSeq,
      ],
    );
    return row;
  }

  async hasBaseline(db: EntityManager, courseId: string): Promise<boolean> {
    const rows = await db.query(`SELECT 1 FROM assessments WHERE course_id = $1 AND kind = 'baseline'`, [courseId]);
    return rows.length > 0;
  }

  async listForCourse(db: EntityManager, courseId: string): Promise<Assessment[]> {
    return db.query(`SELECT ${COLUMNS} FROM assessments WHERE course_id = $1 ORDER BY recorded_at, id`, [courseId]);
  }
}
