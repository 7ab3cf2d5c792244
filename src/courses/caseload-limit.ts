import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Conflict, ValidationFailed } from '@src/problems/domain-error';
import { StaffRepository } from '@src/staff/staff.repository';

/**
 * A case manager holds at most `maxCaseload` open courses (8 by default, the ICM norm). Checked
 * under a lock on the case manager's row in the same transaction as the assignment, so two racing
 * assignments cannot both take the last slot.
 */
@Injectable()
export class CaseloadLimit {
  constructor(private readonly staff: StaffRepository) {}

  /** `overrideReason`: a team lead's written reason to exceed the limit (logged with the event). */
  async ensureRoom(db: EntityManager, caseManagerId: string, courseId: string, overrideReason?: string): Promise<void> {
    const caseManager = await this.staff.lockCaseload(db, caseManagerId, courseId);
    if (!caseManager || !caseManager.roles.includes('case_manager')) {
      throw new ValidationFailed([
        { field: 'caseManagerId', messages: ['must be an active staff member with the case_manager role'] },
      ]);
    }
    if (caseManager.caseload >= caseManager.maxCaseload && overrideReason === undefined) {
      throw new Conflict(
        'caseload-full',
        'The case manager has no free slot',
        `Case manager ${caseManagerId} already has ${caseManager.caseload} of ${caseManager.maxCaseload} courses`,
        { caseManagerId, caseload: caseManager.caseload, maxCaseload: caseManager.maxCaseload },
      );
    }
  }
}
