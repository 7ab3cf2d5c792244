import { ApiProperty } from '@nestjs/swagger';
import { type Role, ROLES } from '@src/auth/roles';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { StaffMember } from '@src/staff/staff.repository';

export class StaffMemberAnswer implements StaffMember {
  @ApiUuid() id!: string;
  @ApiProperty({ example: 'Mette Jensen' }) name!: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['case_manager'] }) roles!: Role[];
  @ApiProperty({ type: String, nullable: true, example: 'aarhus-icm-1' }) teamId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Aarhus' }) municipality!: string | null;
  @ApiProperty({ description: 'Open courses the case manager may hold', example: 8 }) maxCaseload!: number;
  @ApiProperty({ description: 'Open courses assigned now', example: 5 }) caseload!: number;
  @ApiProperty({ type: String, nullable: true, example: 'mette.jensen@aarhus.dk' }) email!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The member's subject at the identity provider, once linked",
    example: '7a1f0c3e-5b9d-4e8a-9f2c-0d6b1e4a8c57',
  })
  identitySubject!: string | null;
  @ApiProperty({ description: 'false once deactivated: no sign-in, no new citizens', example: true }) active!: boolean;
  @ApiDateTime() createdAt!: Date;
}

export class AvailableCaseManagerAnswer extends StaffMemberAnswer {
  @ApiProperty({ description: 'maxCaseload - caseload', example: 3 }) freeSlots!: number;
}
