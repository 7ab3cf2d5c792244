import { ApiProperty } from '@nestjs/swagger';

/** The citizen in a list: the CPR number masked to its date part, nothing more. */
export class MaskedCitizenAnswer {
  @ApiProperty({ example: '010190-XXXX' }) cpr!: string;
}
