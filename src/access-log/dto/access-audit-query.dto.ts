import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsISO8601, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { PageQueryDto } from '@src/paging/page-query.dto';

const WHOSE = 'citizenId or staffId is required';

/** Whose accesses (a citizen's, a member of staff's, or both) within a period. */
export class AccessAuditQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Reads of this citizen's data; this or staffId is required" })
  @ValidateIf((query: AccessAuditQueryDto) => query.staffId === undefined)
  @IsDefined({ message: WHOSE })
  @IsUUID('all', { message: 'citizenId must be a UUID' })
  citizenId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Reads by this member of staff; this or citizenId is required' })
  @ValidateIf((query: AccessAuditQueryDto) => query.citizenId === undefined)
  @IsDefined({ message: WHOSE })
  @IsUUID('all', { message: 'staffId must be a UUID' })
  staffId?: string;

  @ApiPropertyOptional({
    example: '2026-01-01',
    description: 'Reads at or after this date or time; 30 days before `to` by default',
  })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2026-02-01', description: 'Reads before this date or time; now by default' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}
