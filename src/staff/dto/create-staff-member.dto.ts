import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsEmail,
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

  @ApiPropertyOptional({
    example: 'mette.jensen@aarhus.dk',
    description: 'Where e-mail notifications go; also what OIDC_MATCH_CLAIM matches once to link the sign-in',
  })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({
    example: '7a1f0c3e-5b9d-4e8a-9f2c-0d6b1e4a8c57',
    description: "The member's subject (sub) at the identity provider, when known in advance",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  identitySubject?: string;
}
