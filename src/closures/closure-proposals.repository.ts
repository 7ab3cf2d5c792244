import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@src/database/changed-rows';
import type { StaffClosureReason } from '@workflows/icm-course';
import { inCallersTeam } from '@src/courses/course-facts.repository';
import type { CitizenRow } from '@src/citizens/citizen-view';
import { citizenRowColumns } from '@src/citizens/citizens.repository';

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

/** A proposal awaiting a team lead, with whose course it is and who proposed it. */
export interface PendingProposalRow extends Pick<
  ClosureProposal,
  'id' | 'courseId' | 'reason' | 'justification' | 'proposedBy' | 'proposedAt'
> {
  citizenId: string;
  proposerName: string | null;
  citizen: CitizenRow;
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

  /**
   * The proposals awaiting a decision on the team lead's courses (their case managers' and their
   * waitlist's, as the decision route admits them), oldest first.
   */
  async pendingForTeamOf(
    db: EntityManager,
    teamLeadId: string,
    page: { limit: number; offset: number },
  ): Promise<PendingProposalRow[]> {
    const rows: (Omit<PendingProposalRow, 'citizen'> & Omit<CitizenRow, 'id'>)[] = await db.query(
      `SELECT p.id, p.course_id AS "courseId", p.reason, p.justification, p.proposed_by AS "proposedBy",
              p.proposed_at AS "proposedAt", s.name AS "proposerName", c.citizen_id AS "citizenId", ${citizenRowColumns('z')}
       FROM closure_proposals p
       JOIN courses c ON c.id = p.course_id
       JOIN citizens z ON z.id = c.citizen_id
       LEFT JOIN staff s ON s.id = p.proposed_by
       WHERE p.decision IS NULL AND ${inCallersTeam('$1')}
       ORDER BY p.proposed_at, p.id LIMIT $2 OFFSET $3`,
      [teamLeadId, page.limit, page.offset],
    );
    return rows.map(({ nameEncrypted, birthDate, legalGender, pseudonymisedAt, ...row }) => ({
      ...row,
      citizen: { id: row.citizenId, nameEncrypted, birthDate, legalGender, pseudonymisedAt },
    }));
  }

  /** Records the team lead's decision once; undefined when the proposal was already decided. */
  async decide(
    db: EntityManager,
    id: string,
    decision: { decision: 'approved' | 'rejected'; note: string | null; decidedBy: string },
  ): Promise<ClosureProposal | undefined> {
    const rows = await returnedRows<ClosureProposal>(
      db,
      `UPDATE closure_proposals SET decision = $2, decision_note = $3, decided_by = $4, decided_at = now()
       WHERE id = $1 AND decision IS NULL RETURNING ${COLUMNS}`,
      [id, decision.decision, decision.note, decision.decidedBy],
    );
    return rows[0];
  }
}
