import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class AvailableCaseManagersQueryDto {
  @ApiPropertyOptional({ example: 'aarhus-icm-1' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  teamId?: string;
}
