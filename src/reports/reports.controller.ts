import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { FidelityFiltersDto } from './dto/fidelity-filters.dto';
import { FIDELITY_REPORT_SCHEMA } from './dto/fidelity-report.schema';
import { OUTCOME_REPORT_SCHEMA } from './dto/outcome-report.schema';
import { CSV_TOO } from './dto/report-csv.answer';
import { ReportFiltersDto } from './dto/report-filters.dto';
import { ShareAnswer } from './dto/share.answer';
import { FidelityReportService } from './fidelity-report.service';
import { OutcomeReportService } from './outcome-report.service';
import { figuresOf, toCsv } from './report-csv';

/** `Accept: text/csv` asks for the same report in the flat long format. */
const wantsCsv = (accept: string | undefined) => /\btext\/csv\b/i.test(accept ?? '');

@ApiTags('reports')
@ApiBearerAuth()
@ApiExtraModels(ShareAnswer)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly outcomes: OutcomeReportService,
    private readonly fidelity: FidelityReportService,
  ) {}

  @Get('outcomes')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: "The national evaluation's table for the filtered courses; every share states its denominator",
  })
  @ApiOkResponse({ schema: OUTCOME_REPORT_SCHEMA, description: CSV_TOO })
  async outcomeReport(
    @Query() filters: ReportFiltersDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<object | string> {
    return answer(await this.outcomes.report(filters), accept, response);
  }

  @Get('fidelity')
  @ApiProduces('application/json', 'text/csv')
  @ApiOperation({
    summary: 'ICM fidelity per team and per case manager: caseload, contact, reassessments and plans on time, waitlist',
  })
  @ApiOkResponse({ schema: FIDELITY_REPORT_SCHEMA, description: CSV_TOO })
  async fidelityReport(
    @Query() filters: FidelityFiltersDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<object | string> {
    return answer(await this.fidelity.report(filters), accept, response);
  }
}

function answer(report: object, accept: string | undefined, response: Response): object | string {
  if (!wantsCsv(accept)) return report;
  response.type('text/csv; charset=utf-8');
  return toCsv(figuresOf(report));
}
