import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, MaxLength } from 'class-validator';
import { AGE_GROUPS, type AgeGroup } from '@src/reports/report-vocabulary';

/** Which courses a report counts; every filter is optional. */
export class ReportFiltersDto {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Courses referred at or after this date or time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'Courses referred before this date or time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({
    example: 'aarhus-icm-1',
    description: "The case manager's team (the waitlist's team while waiting)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  teamId?: string;

  @ApiPropertyOptional({ example: 'Aarhus', description: 'The municipality of the referring caseworker' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  municipality?: string;

  @ApiPropertyOptional({ enum: AGE_GROUPS, description: 'Age at referral' })
  @IsOptional()
  @IsIn(AGE_GROUPS)
  ageGroup?: AgeGroup;
}
