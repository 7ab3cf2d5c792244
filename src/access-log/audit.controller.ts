import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AccessAudit, AccessAuditService } from './access-audit.service';
import { AccessAuditAnswer } from './dto/access-audit.answer';
import { AccessAuditQueryDto } from './dto/access-audit-query.dto';

/**
 * The auditor's view of the access log (auditors only: its entry in src/access/access-policy.ts).
 * Its answers hold ids, roles, routes and times but no citizen's data, so reading them is not
 * itself logged.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AccessAuditService) {}

  @Get('access')
  @ApiOperation({
    summary:
      "Reads of citizens' data by citizen and/or member of staff within a period (30 days by default), newest first",
  })
  @ApiOkResponse({ type: AccessAuditAnswer })
  access(@Query() query: AccessAuditQueryDto): Promise<AccessAudit> {
    return this.audit.accesses(query);
  }
}
