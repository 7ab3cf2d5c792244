import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Caller } from '@src/auth/roles';
import { Conflict, Forbidden, NotFound } from '@src/problems/domain-error';
import type { CreateStaffMemberDto } from './dto/create-staff-member.dto';
import type { UpdateStaffMemberDto } from './dto/update-staff-member.dto';
import { OutboxRepository } from '@src/outbox/outbox.repository';
import { type StaffMember, StaffRepository } from './staff.repository';

export const DEFAULT_MAX_CASELOAD = 8;

@Injectable()
export class StaffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
    private readonly outbox: OutboxRepository,
  ) {}

  async create(member: CreateStaffMemberDto): Promise<StaffMember> {
    const id = await identitySubjectUnique(
      this.staff.insert(this.dataSource.manager, {
        name: member.name,
        roles: member.roles,
        teamId: member.teamId ?? null,
        municipality: member.municipality ?? null,
        maxCaseload: member.maxCaseload ?? DEFAULT_MAX_CASELOAD,
        email: member.email ?? null,
        identitySubject: member.identitySubject ?? null,
      }),
    );
    return (await this.staff.find(this.dataSource.manager, id))!;
  }

  directory(page: { limit: number; offset: number }): Promise<StaffMember[]> {
    return this.staff.directory(this.dataSource.manager, page);
  }

  /** An admin links, unlinks, deactivates or reactivates a member's sign-in, or sets their e-mail. */
  async update(id: string, change: UpdateStaffMemberDto): Promise<StaffMember> {
    await identitySubjectUnique(
      this.dataSource.transaction(async (db) => {
        const locked = await this.staff.lockForChange(db, id);
        if (!locked) throw new NotFound('Staff member', id);
        if (change.active === false && locked.caseload > 0) {
          throw new Conflict(
            'staff-has-open-courses',
            'The staff member still holds open courses',
            `Reassign the member's ${locked.caseload} open course(s) before deactivating them`,
            { caseload: locked.caseload },
          );
        }
        await this.staff.change(db, id, change);
      }),
    );
    return (await this.staff.find(this.dataSource.manager, id))!;
  }

  /** Admins see everyone; anyone else sees only themselves. */
  async get(caller: Caller, id: string): Promise<StaffMember> {
    const member =
      caller.roles.includes('admin') || caller.staffId === id
        ? await this.staff.find(this.dataSource.manager, id)
        : undefined;
    if (!member) throw new NotFound('Staff member', id);
    return member;
  }

  availableCaseManagers(teamId?: string, includeFull = false) {
    return this.staff.availableCaseManagers(this.dataSource.manager, teamId, includeFull);
  }

  /** A team lead sees only their own team's case managers; an admin sees any team's. */
  async teamCaseloads(caller: Caller, teamId: string) {
    if (!caller.roles.includes('admin')) {
      const callersTeam = await this.staff.teamOf(this.dataSource.manager, caller.staffId);
      if (callersTeam !== teamId) throw new Forbidden(`Team ${teamId} is not your team`);
    }
    return this.staff.caseManagersWithCaseload(this.dataSource.manager, teamId);
  }

  /** A raised limit may free a slot: the team lead is then offered the first citizen on the waitlist. */
  async updateCaseloadLimit(id: string, maxCaseload: number): Promise<StaffMember> {
    await this.dataSource.transaction(async (db) => {
      const previous = await this.staff.updateMaxCaseload(db, id, maxCaseload);
      if (previous === undefined) throw new NotFound('Staff member', id);
      if (maxCaseload > previous) await this.outbox.enqueueStaffSideEffect(db, 'offerFreedSlot', { caseManagerId: id });
    });
    return (await this.staff.find(this.dataSource.manager, id))!;
  }
}

/** One identity at the provider is one staff member: a second link is refused, not overwritten. */
async function identitySubjectUnique<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if ((error as { constraint?: string }).constraint === 'staff_identity_subject') {
      throw new Conflict(
        'identity-subject-taken',
        'The identity is linked to another staff member',
        'identitySubject is already linked to another staff member; unlink it there first',
      );
    }
    throw error;
  }
}
