import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type Caller } from '@src/auth/roles';
import { Forbidden, NotFound } from '@src/problems/domain-error';
import type { CreateStaffMemberDto } from './dto/create-staff-member.dto';
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
    const id = await this.staff.insert(this.dataSource.manager, {
      name: member.name,
      roles: member.roles,
      teamId: member.teamId ?? null,
      municipality: member.municipality ?? null,
      maxCaseload: member.maxCaseload ?? DEFAULT_MAX_CASELOAD,
    });
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
