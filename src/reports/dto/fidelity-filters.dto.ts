import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

/** Whose fidelity: case managers of a team and of a municipality (their own); both optional. */
export class FidelityFiltersDto {
  @ApiPropertyOptional({ example: 'aarhus-icm-1' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  teamId?: string;

  @ApiPropertyOptional({ example: 'Aarhus' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;
}
