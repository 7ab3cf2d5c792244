import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Role, ROLES } from '@src/auth/roles';
import { ApiUuid } from '@src/openapi/answer-properties';

export class OidcSettingsAnswer {
  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant>/v2.0' }) authority!: string;
  @ApiProperty({ example: 'icm-web' }) clientId!: string;
  @ApiProperty({ example: 'openid profile email' }) scopes!: string;
}

export class SignInOptionsAnswer {
  @ApiProperty({ description: 'Whether the development sign-in (a list of staff) is on' })
  developmentSignIn!: boolean;

  @ApiPropertyOptional({ type: OidcSettingsAnswer, nullable: true, description: 'The identity provider, if any' })
  oidc!: OidcSettingsAnswer | null;
}

export class SignInStaffAnswer {
  @ApiUuid() id!: string;
  @ApiProperty({ example: 'Mette Jensen' }) name!: string;
  @ApiProperty({ enum: ROLES, isArray: true, example: ['caseworker'] }) roles!: Role[];
  @ApiProperty({ type: String, nullable: true, example: 'aarhus-icm-1' }) teamId!: string | null;
}

export class DevelopmentTokenAnswer {
  @ApiProperty({ description: 'A bearer token for the API (HS256)' }) accessToken!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
