import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class AvailableCaseManagersQueryDto {
  @ApiPropertyOptional({ example: 'aarhus-icm-1' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  teamId?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Also the case managers at their limit (freeSlots 0 or less), for a team lead who may override it',
  })
  @IsOptional()
  @IsIn(['true', 'false'])
  includeFull?: 'true' | 'false';
}
