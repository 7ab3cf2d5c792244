import { ApiProperty } from '@nestjs/swagger';
import { ApiUuid } from '@src/openapi/answer-properties';
import type { CitizenLookup } from '@src/access-log/access-audit.service';

/** The citizen a CPR number names, for the auditor's further questions by id. */
export class CitizenLookupAnswer implements CitizenLookup {
  @ApiUuid() citizenId!: string;
  @ApiProperty({ example: '010190-XXXX', description: 'Masked to the date part' }) cpr!: string;
  @ApiProperty({ example: 'Jens Hansen' }) name!: string;
}
