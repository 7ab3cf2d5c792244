import { ApiProperty } from '@nestjs/swagger';
import { IsCpr } from '@src/citizens/cpr';

/** The CPR number travels in the body, never in the path or query, so that no request log holds it. */
export class CitizenLookupDto {
  @ApiProperty({ example: '010190-1235', description: 'DDMMYY-SSSS, or the ten digits without the dash' })
  @IsCpr()
  cpr!: string;
}
