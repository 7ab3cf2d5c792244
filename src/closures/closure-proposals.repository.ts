import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { StaffClosureReason } from '@workflows/icm-course';

export interface ClosureProposal {
  id: string;
  courseId: string;
  reason: StaffClosureReason;
  justification: string;
  proposedBy: string;
  proposedAt: Date;
  decision: 'approved' | 'rejected' | null;
  decisionNote: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
}

const COLUMNS = `id, course_id AS "courseId", reason, justification, proposed_by AS "proposedBy", proposed_at AS "proposedAt",
  decision, decision_note AS "decisionNote", decided_by AS "decidedBy", decided_at AS "decidedAt"`;

@Injectable()
export class ClosureProposalsRepository {
  async insert(
    db: EntityManager,
    proposal: Pick<ClosureProposal, 'courseId' | 'reason' | 'justification' | 'proposedBy'>,
  ): Promise<ClosureProposal> {
    const [row] = await db.query(
      `INSERT INTO closure_proposals (course_id, reason, justification, proposed_by) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [proposal.courseId, proposal.reason, proposal.justification, proposal.proposedBy],
    );
    return row;
  }

  async pendingFor(db: EntityManager, courseId: string): Promise<ClosureProposal | undefined> {
    const rows = await db.query(`SELECT ${COLUMNS} FROM closure_proposals WHERE course_id = $1 AND decision IS NULL`, [
      courseId,
    ]);
    return rows[0];
  }

  async find(db: EntityManager, id: string): Promise<ClosureProposal | undefined> {
    const rows = await db.query(`SELECT ${COLUMNS} FROM closure_proposals WHERE id = $1`, [id]);
    return rows[0];
  }

  async listForCourse(db: EntityManager, courseId: string): Promise<ClosureProposal[]> {
    return db.query(`SELECT ${COLUMNS} FROM closure_proposals WHERE course_id = $1 ORDER BY proposed_at`, [courseId]);
  }

  /** Records the team lead's decision once; undefined when the proposal was already decided. */
  async decide(
    db: EntityManager,
    id: string,
    decision: { decision: 'approved' | 'rejected'; note: string | null; decidedBy: string },
  ): Promise<ClosureProposal | undefined> {
    const [rows] = await db.query(
      `UPDATE closure_proposals SET decision = $2, decision_note = $3, decided_by = $4, decided_at = now()
       WHERE id = $1 AND decision IS NULL RETURNING ${COLUMNS}`,
      [id, decision.decision, decision.note, decision.decidedBy],
    );
    return rows[0];
  }
}
