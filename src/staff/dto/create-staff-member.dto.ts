import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { type Role, ROLES } from '@src/auth/roles';

export class CreateStaffMemberDto {
  @ApiProperty({ example: 'Mette Jensen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['case_manager'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles!: Role[];

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

  @ApiPropertyOptional({
    default: 8,
    example: 8,
    description: 'Open courses a case manager may hold (the ICM norm is 8:1)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(50)
  maxCaseload?: number;
}
