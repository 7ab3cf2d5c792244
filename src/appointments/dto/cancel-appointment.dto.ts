import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class CancelAppointmentDto {
  @ApiPropertyOptional({ example: 'The clinic moved the consultation' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}
