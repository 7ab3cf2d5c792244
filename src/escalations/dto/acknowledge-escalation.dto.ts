import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';

export class AcknowledgeEscalationDto {
  @ApiProperty({ minimum: 1, example: 2, description: 'The level reached that the case manager is acting on' })
  @IsInt()
  @Min(1)
  @Max(100)
  level!: number;

  @ApiProperty({ example: 'Outreach visit to the shelter on Vesterbrogade tomorrow at 9' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  plannedAction!: string;
}
