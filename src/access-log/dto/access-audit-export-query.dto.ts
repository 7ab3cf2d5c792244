import { OmitType } from '@nestjs/swagger';
import { AccessAuditQueryDto } from './access-audit-query.dto';

/** The list's filters without its paging: the export holds every row of the period. */
export class AccessAuditExportQueryDto extends OmitType(AccessAuditQueryDto, ['limit', 'offset'] as const) {}
