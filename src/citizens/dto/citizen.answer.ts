import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { CitizenView } from '@src/citizens/citizen-view';

export class CitizenAnswer implements CitizenView {
  @ApiUuid() id!: string;
  @ApiProperty({ description: "The citizen's name, or their pseudonym once pseudonymised", example: 'Jens Hansen' })
  name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Masked to the date part; null once pseudonymised',
    example: '010190-XXXX',
  })
  cpr!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, example: '1990-01-01' }) birthDate!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 36 }) age!: number | null;
  @ApiProperty({ enum: ['male', 'female'], description: 'From the CPR number' }) legalGender!: 'male' | 'female';
  @ApiDateTime({ nullable: true }) pseudonymisedAt!: Date | null;
}
