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
  @ApiDateTime() createdAt!: Date;
}

export class AvailableCaseManagerAnswer extends StaffMemberAnswer {
  @ApiProperty({ description: 'maxCaseload - caseload', example: 3 }) freeSlots!: number;
}
