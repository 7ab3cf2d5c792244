import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import type { CitizenView } from '@src/citizens/citizen-view';
import { CitizensService } from '@src/citizens/citizens.service';
import { CourseRuntime, type CourseTransition } from '@src/courses/course-runtime';
import { type CourseRecord, CoursesRepository } from '@src/courses/courses.repository';
import { Conflict, NotFound } from '@src/problems/domain-error';
import { StaffRepository } from '@src/staff/staff.repository';
import {
  type ClosureProposal,
  ClosureProposalsRepository,
  type PendingProposalRow,
} from './closure-proposals.repository';
import type { DecideClosureDto } from './dto/decide-closure.dto';
import type { ProposeClosureDto } from './dto/propose-closure.dto';

export type ClosureAnswer = ClosureProposal & Pick<CourseTransition, 'phase' | 'state'> & { courseVersion: number };

export type PendingProposal = Omit<PendingProposalRow, 'citizen'> & { citizen: CitizenView };

/**
 * A course closes with a reason and the team lead's approval: the case manager proposes (a note that
 * notifies the team's leads), and a team lead approves (COURSE_CLOSED, which only team leads may
 * send) or rejects (a note back to the proposer). A closed course takes nothing more; its citizen
 * may be referred again.
 */
@Injectable()
export class ClosuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ClosureProposalsRepository,
    private readonly runtime: CourseRuntime,
    private readonly courseRows: CoursesRepository,
    private readonly staff: StaffRepository,
    private readonly citizens: CitizensService,
  ) {}

  async list(courseId: string): Promise<ClosureProposal[]> {
    return this.proposals.listForCourse(this.dataSource.manager, courseId);
  }

  /** What the team lead has to decide, named: they decide about a person. The access log records each one listed. */
  async pendingForTeam(caller: Caller, page: { limit: number; offset: number }): Promise<PendingProposal[]> {
    const rows = await this.proposals.pendingForTeamOf(this.dataSource.manager, caller.staffId, page);
    return rows.map(({ citizen, ...row }) => ({ ...row, citizen: this.citizens.viewOf(citizen) }));
  }

  async propose(
    caller: Caller,
    courseId: string,
    request: ProposeClosureDto,
    expectedVersion?: number,
  ): Promise<ClosureAnswer> {
    const course = (await this.courseRows.find(this.dataSource.manager, courseId))!;
    const note = {
      type: 'NOTE_ADDED',
      text: `Closure proposed (${request.reason}): ${request.justification}`,
      notifyStaffIds: await this.teamLeadsOf(course),
    };
    let proposal: ClosureProposal | undefined;
    const transition = await this.runtime.send(courseId, note, caller, {
      expectedVersion,
      alongside: async (db) => {
        const pending = await this.proposals.pendingFor(db, courseId);
        if (pending)
          throw new Conflict(
            'closure-pending',
            'A closure proposal awaits the team lead',
            `Proposal ${pending.id} is not decided yet`,
            { proposalId: pending.id },
          );
        proposal = await this.proposals.insert(db, {
          courseId,
          reason: request.reason,
          justification: request.justification,
          proposedBy: caller.staffId,
        });
      },
    });
    return answer(proposal!, transition);
  }

  async decide(
    caller: Caller,
    proposalId: string,
    request: DecideClosureDto,
    expectedVersion?: number,
  ): Promise<ClosureAnswer> {
    const proposal = await this.proposalOf(proposalId);
    const event =
      request.decision === 'approve'
        ? { type: 'COURSE_CLOSED', reason: proposal.reason }
        : { type: 'NOTE_ADDED', text: `Closure not approved: ${request.note}`, notifyStaffIds: [proposal.proposedBy] };
    let decided: ClosureProposal | undefined;
    const transition = await this.runtime.send(proposal.courseId, event, caller, {
      expectedVersion,
      alongside: async (db) => {
        decided = await this.proposals.decide(db, proposalId, {
          decision: request.decision === 'approve' ? 'approved' : 'rejected',
          note: request.note ?? null,
          decidedBy: caller.staffId,
        });
        if (!decided)
          throw new Conflict(
            'closure-decided',
            'The proposal is already decided',
            `Closure proposal ${proposalId} has its decision`,
          );
      },
    });
    return answer(decided!, transition);
  }

  /** The leads of the case manager's team, or of the waitlist's team before one is assigned. */
  private async teamLeadsOf(course: CourseRecord): Promise<string[]> {
    const db = this.dataSource.manager;
    const waitlist = course.snapshot.context.waitlist as { teamId: string } | null | undefined;
    const teamId = course.caseManagerId
      ? await this.staff.teamOf(db, course.caseManagerId)
      : (waitlist?.teamId ?? null);
    return teamId ? this.staff.teamLeadsOf(db, teamId) : [];
  }

  private async proposalOf(id: string): Promise<ClosureProposal> {
    const proposal = await this.proposals.find(this.dataSource.manager, id);
    if (!proposal) throw new NotFound('Closure proposal', id);
    return proposal;
  }
}

const answer = (proposal: ClosureProposal, transition: CourseTransition): ClosureAnswer => ({
  ...proposal,
  phase: transition.phase,
  state: transition.state,
  courseVersion: transition.version,
});
