import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { STAFF_CLOSURE_REASONS, type StaffClosureReason } from '@workflows/icm-course';

export class ProposeClosureDto {
  @ApiProperty({
    enum: STAFF_CLOSURE_REASONS,
    example: 'no_longer_needed',
    description: 'Being hard to reach is never a reason',
  })
  @IsIn(STAFF_CLOSURE_REASONS)
  reason!: StaffClosureReason;

  @ApiProperty({
    example: 'Has lived in his own flat for a year with ordinary §85 support; agrees the course can end.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  justification!: string;
}
