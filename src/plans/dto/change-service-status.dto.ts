import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SERVICE_STATUSES, type ServiceStatus } from '@src/plans/plan-vocabulary';

export class ChangeServiceStatusDto {
  @ApiProperty({ enum: SERVICE_STATUSES, example: 'started' })
  @IsIn(SERVICE_STATUSES)
  status!: ServiceStatus;

  @ApiPropertyOptional({ example: 'First session at the treatment centre on Monday' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
