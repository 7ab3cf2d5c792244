import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class TeamIdParamDto {
  @ApiProperty({ example: 'aarhus-icm-1' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  teamId!: string;
}
