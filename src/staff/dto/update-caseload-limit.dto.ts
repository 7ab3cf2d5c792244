import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class UpdateCaseloadLimitDto {
  @ApiProperty({
    description: 'Open courses the case manager may hold (the ICM norm is 8:1)',
    minimum: 0,
    maximum: 50,
    example: 10,
  })
  @IsInt()
  @Min(0)
  @Max(50)
  maxCaseload!: number;
}
