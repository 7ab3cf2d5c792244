import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONTACT_CHANNELS, type ContactChannel } from '@workflows/icm-course';

export class RecordContactDto {
  @ApiProperty({ example: '2026-11-23T14:30:00+01:00', description: 'When the contact happened (not in the future)' })
  @IsISO8601({ strict: true })
  at!: string;

  @ApiProperty({ enum: CONTACT_CHANNELS, example: 'outreach_visit' })
  @IsIn(CONTACT_CHANNELS)
  channel!: ContactChannel;

  @ApiProperty({
    example: true,
    description: 'Whether the citizen was reached; a successful contact ends a running outreach ladder',
  })
  @IsBoolean()
  successful!: boolean;

  @ApiPropertyOptional({
    example: 'Seen at the drop-in café on Istedgade',
    description: 'Where the citizen was or is likely to be',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  whereabouts?: string;

  @ApiPropertyOptional({ example: 'Agreed to meet at the GP on Thursday' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
