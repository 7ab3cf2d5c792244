import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

/** An admin's change to a member's sign-in; a field left out stays as it is, null clears it. */
export class UpdateStaffMemberDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'mette.jensen@aarhus.dk' })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '7a1f0c3e-5b9d-4e8a-9f2c-0d6b1e4a8c57',
    description:
      "The member's subject (sub) at the identity provider; null unlinks, so the next sign-in may match again",
  })
  @ValidateIf((_, value) => value !== null)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(255)
  identitySubject?: string | null;

  @ApiPropertyOptional({
    example: false,
    description:
      'false deactivates: the member can no longer sign in and takes no new citizens (refused while they hold open courses)',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
