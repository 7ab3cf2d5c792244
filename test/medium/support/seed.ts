import { randomUUID } from 'node:crypto';
import { referralBody } from '@scripts/support/referral-fixture';
import { AppointmentsService } from '@src/appointments/appointments.service';
import type { Caller, Role } from '@src/auth/roles';
import { ContactsService } from '@src/contacts/contacts.service';
import { CourseRuntime, type CourseTransition } from '@src/courses/course-runtime';
import type { CreateReferralDto } from '@src/referrals/dto/create-referral.dto';
import { ReferralsService } from '@src/referrals/referrals.service';
import { type NewStaffMember, StaffRepository } from '@src/staff/staff.repository';
import { cprAged } from '@test/factories/cpr';
import type { MediumContext } from './medium-context';

/** Who a referred citizen is, as far as the reports count them. */
export interface CitizenFacts {
  age: number;
  gender: 'male' | 'female';
}

/** Who sees a team's courses through, all of one municipality; Bent has no course unless a test gives him one. */
export interface TeamStaff {
  caseworker: Caller;
  committee: Caller;
  teamLead: Caller;
  anna: Caller;
  bent: Caller;
}

/**
 * Builds what a medium test needs the way the service builds it: staff through their repository,
 * courses through the referral service and the course runtime, appointments through their service.
 */
export class Seed {
  constructor(private readonly ctx: MediumContext) {}

  async staff(roles: Role[], fields: Partial<NewStaffMember> = {}): Promise<Caller> {
    const staffId = await this.ctx.get(StaffRepository).insert(this.ctx.db.manager, {
      name: `Medium ${roles.join('+')}`,
      roles,
      teamId: null,
      municipality: null,
      maxCaseload: 8,
      email: null,
      identitySubject: null,
      ...fields,
    });
    return { staffId, roles };
  }

  async team(teamId: string, municipality: string): Promise<TeamStaff> {
    const inTeam = { municipality, teamId };
    return {
      caseworker: await this.staff(['caseworker'], { municipality }),
      committee: await this.staff(['committee_member'], { municipality }),
      teamLead: await this.staff(['team_lead'], inTeam),
      anna: await this.staff(['case_manager'], { ...inTeam, name: 'Anna' }),
      bent: await this.staff(['case_manager'], { ...inTeam, name: 'Bent' }),
    };
  }

  /** A course in the referral phase; its id. */
  async referral(
    caseworker: Caller,
    citizen: CitizenFacts = { age: 35, gender: 'male' },
    details: Partial<Omit<CreateReferralDto, 'citizen'>> = {},
  ): Promise<string> {
    const body = referralBody(cprAged(citizen.age, citizen.gender), details);
    return (await this.ctx.get(ReferralsService).refer(caseworker, body)).courseId;
  }

  send(caller: Caller, courseId: string, event: { type: string } & Record<string, unknown>): Promise<CourseTransition> {
    return this.ctx.get(CourseRuntime).send(courseId, event, caller);
  }

  /** A course the committee approved with `caseManager` assigned: in planning. */
  async assignedCourse(people: { caseworker: Caller; committee: Caller; caseManager: Caller }): Promise<string> {
    const courseId = await this.referral(people.caseworker);
    await this.send(people.committee, courseId, {
      type: 'VISITATION_APPROVED',
      caseManagerId: people.caseManager.staffId,
    });
    return courseId;
  }

  /** An appointment that began half an hour ago and ends in an hour; its id. */
  async appointment(caseManager: Caller, courseId: string): Promise<string> {
    const now = Date.now();
    const appointment = await this.ctx.get(AppointmentsService).schedule(caseManager, courseId, {
      kind: 'treatment',
      startsAt: new Date(now - 30 * 60_000).toISOString(),
      endsAt: new Date(now + 60 * 60_000).toISOString(),
    });
    return appointment.id;
  }

  /** Registers the appointment as missed: the course goes out of contact and its outreach ladder starts. */
  missed(caseManager: Caller, appointmentId: string): Promise<unknown> {
    return this.ctx.get(AppointmentsService).registerAttendance(caseManager, appointmentId, { attendance: 'missed' });
  }

  /** An appointment of the course, missed: its ladder's first step is pending. */
  async outOfContact(caseManager: Caller, courseId: string): Promise<void> {
    await this.missed(caseManager, await this.appointment(caseManager, courseId));
  }

  /** The citizen reached by phone just now: a running ladder ends. */
  async reached(caseManager: Caller, courseId: string): Promise<void> {
    const contact = { at: new Date().toISOString(), channel: 'phone', successful: true } as const;
    await this.ctx.get(ContactsService).record(caseManager, courseId, contact);
  }
}

/** A name no other test file uses, for a municipality or a team. */
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
