import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';

export const CLOSURE_DECISIONS = ['approve', 'reject'] as const;
export type ClosureDecision = (typeof CLOSURE_DECISIONS)[number];

export class DecideClosureDto {
  @ApiProperty({
    enum: CLOSURE_DECISIONS,
    example: 'reject',
    description: 'approve closes the course with the proposed reason',
  })
  @IsIn(CLOSURE_DECISIONS)
  decision!: ClosureDecision;

  @ApiPropertyOptional({
    example: 'Keep the course open until the new flat is secured',
    description: 'Required when rejecting: what the case manager should do instead',
  })
  @ValidateIf((body: DecideClosureDto) => body.decision === 'reject' || body.note !== undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note?: string;
}
