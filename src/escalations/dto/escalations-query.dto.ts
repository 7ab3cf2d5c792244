import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '@src/paging/page-query.dto';

export class EscalationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: ['open'],
    default: 'open',
    description: 'Ladders still running: citizens out of contact',
  })
  @IsOptional()
  @IsIn(['open'])
  status = 'open' as const;
}
