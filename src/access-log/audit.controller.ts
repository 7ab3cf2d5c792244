import { once } from 'node:events';
import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { type AccessAudit, AccessAuditService, type CitizenLookup, EXPORT_COLUMNS } from './access-audit.service';
import { AccessAuditExportQueryDto } from './dto/access-audit-export-query.dto';
import { AccessAuditAnswer } from './dto/access-audit.answer';
import { AccessAuditQueryDto } from './dto/access-audit-query.dto';
import { CitizenLookupAnswer } from './dto/citizen-lookup.answer';
import { CitizenLookupDto } from './dto/citizen-lookup.dto';

const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The auditor's view of the access log (auditors only: its entries in src/access/access-policy.ts).
 * Its answers hold ids, roles, routes and times but no citizen's data, so reading them is not
 * itself logged; the CPR look-up's answer holds the citizen's name, and is.
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

  @Get('access/export')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: 'The same reads as GET /audit/access for the same filters, all of them, as a CSV attachment',
  })
  @ApiOkResponse({
    description: `RFC 4180 CSV, newest first, a header line and then one line a read: ${EXPORT_COLUMNS.join(',')}; \`at\` in UTC (ISO 8601).`,
    schema: { type: 'string' },
  })
  async export(@Query() query: AccessAuditExportQueryDto, @Res() response: Response): Promise<void> {
    const period = this.audit.exportPeriod(query);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="adgangslog-${day(period.from)}-${day(period.to)}.csv"`,
    );
    response.setHeader('Cache-Control', 'no-store');
    try {
      for await (const lines of this.audit.csv(period)) {
        // A client gone away reads no further chunk: stop asking the database for them.
        if (response.destroyed) return;
        if (!response.write(lines)) await Promise.race([once(response, 'drain'), once(response, 'close')]);
      }
      response.end();
    } catch (error) {
      // Once the first line has gone, no problem answer can follow: the client sees a cut transfer.
      if (!response.headersSent) throw error;
      response.destroy(error as Error);
    }
  }

  @Post('citizen-lookup')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "The citizen a CPR number names, by their id, masked CPR number and name: the start of an answer to a citizen's request for insight",
  })
  @ApiOkResponse({ type: CitizenLookupAnswer })
  @ApiNotFoundResponse({ description: 'No citizen has this CPR number, or the citizen is pseudonymised.' })
  lookUp(@Body() body: CitizenLookupDto): Promise<CitizenLookup> {
    return this.audit.lookUp(body.cpr);
  }
}
