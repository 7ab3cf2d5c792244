import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiConflict } from '@src/openapi/api-conflict.decorator';
import { uuidParam } from '@src/problems/uuid-param';
import { CitizenErasure, type ErasureReceipt } from './citizen-erasure';
import { CitizenExport, type CitizenExportDocument } from './citizen-export';
import { CitizenExportAnswer } from './dto/citizen-export.answer';
import { ErasureReceiptAnswer } from './dto/erasure-receipt.answer';

/** The data protection function's requests about one citizen; who may make them is in ACCESS_POLICY. */
@ApiTags('data subject requests')
@ApiBearerAuth()
@Controller('citizens/:citizenId')
export class DataSubjectController {
  constructor(
    private readonly exports: CitizenExport,
    private readonly erasure: CitizenErasure,
  ) {}

  @Get('export')
  @ApiOperation({
    summary:
      'Everything held about the citizen, with the full CPR number: the citizen, each course with its rows of every table (GDPR art. 15)',
  })
  @ApiOkResponse({ type: CitizenExportAnswer })
  export(@Param('citizenId', uuidParam('citizenId')) citizenId: string): Promise<CitizenExportDocument> {
    return this.exports.of(citizenId);
  }

  @Post('erasure')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Pseudonymise the citizen once CITIZEN_DATA_RETENTION has passed since their last course closed (GDPR art. 17); 409 while a course is open or the retention runs',
  })
  @ApiOkResponse({ type: ErasureReceiptAnswer })
  @ApiConflict(
    '`course-open`: a course of the citizen is open (`courseId`).',
    '`retention-running`: CITIZEN_DATA_RETENTION has not passed since the last course closed (`erasableFrom`).',
  )
  erase(@Param('citizenId', uuidParam('citizenId')) citizenId: string): Promise<ErasureReceipt> {
    return this.erasure.erase(citizenId);
  }
}
