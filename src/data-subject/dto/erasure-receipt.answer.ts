import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { ErasureReceipt } from '@src/data-subject/citizen-erasure';

export class ErasureReceiptAnswer implements ErasureReceipt {
  @ApiUuid() citizenId!: string;
  @ApiProperty({ description: 'What now stands for the name', example: 'Citizen 3f2a9c1e-5b7d' }) pseudonym!: string;
  @ApiDateTime() pseudonymisedAt!: Date;
}
