import type { CreateStaffMemberDto } from '@src/staff/dto/create-staff-member.dto';

/** A member of staff a test acts as: their id and the bearer token that carries their roles. */
export interface StaffHandle {
  id: string;
  auth: string;
}

/** What a test may set on a new member of staff besides the roles; the rest is the API's default. */
export type StaffFields = Partial<Pick<CreateStaffMemberDto, 'name' | 'teamId' | 'maxCaseload' | 'municipality'>>;

/** Who takes a referral to the committee's decision: the caseworker who refers and the committee member who decides. */
export interface Deciders {
  caseworker: StaffHandle;
  committee: StaffHandle;
}

/** Who a course needs once it is approved: the deciders and the case manager it is assigned to. */
export interface CoursePeople extends Deciders {
  caseManager: StaffHandle;
}

/** A team's caseworker, case manager and team lead, and a committee member. */
export interface Team extends CoursePeople {
  teamLead: StaffHandle;
}
