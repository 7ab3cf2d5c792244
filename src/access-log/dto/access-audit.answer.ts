import { ApiProperty } from '@nestjs/swagger';
import { ROLES } from '@src/auth/roles';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { AccessAudit } from '@src/access-log/access-audit.service';
import type { AccessLogRow } from '@src/access-log/access-log.repository';

/** One answer that held a citizen's data, as the access log keeps it. */
export class AccessLogRowAnswer implements AccessLogRow {
  @ApiUuid() id!: string;
  @ApiDateTime() at!: Date;
  @ApiUuid() staffId!: string;
  @ApiProperty({ type: String, nullable: true, description: "The member's name now; null for an unknown id" })
  staffName!: string | null;
  @ApiProperty({ enum: ROLES, description: 'The role the answer was given under' }) role!: string;
  @ApiUuid() citizenId!: string;
  @ApiUuid({ nullable: true }) courseId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'GET' }) method!: string | null;
  @ApiProperty({ description: 'The route pattern, not the path', example: 'GET /api/v1/courses/:id' }) route!: string;
}

export class AccessAuditAnswer implements AccessAudit {
  @ApiDateTime({ description: 'The period asked about: from (inclusive)' }) from!: Date;
  @ApiDateTime({ description: 'to (exclusive)' }) to!: Date;
  @ApiProperty({ type: [AccessLogRowAnswer], description: 'Newest first' }) items!: AccessLogRowAnswer[];
}
