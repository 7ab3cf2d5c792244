import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { signDevelopmentToken } from '@src/auth/development-token';
import { AppConfig } from '@src/config/app-config';
import { NotFound } from '@src/problems/domain-error';
import { StaffRepository } from '@src/staff/staff.repository';
import type { DevelopmentTokenAnswer, SignInOptionsAnswer, SignInStaffAnswer } from './dto/sign-in.answers';

const TOKEN_HOURS = 8;

@Injectable()
export class SignInService {
  private readonly developmentSignIn: boolean;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
    private readonly config: AppConfig,
  ) {
    // The config refuses DEVELOPMENT_SIGN_IN with JWT_JWKS_URL; the secret is checked again here.
    this.developmentSignIn = config.DEVELOPMENT_SIGN_IN === 'true' && !!config.JWT_SECRET && !config.JWT_JWKS_URL;
  }

  options(): SignInOptionsAnswer {
    const { OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_SCOPES } = this.config;
    return {
      developmentSignIn: this.developmentSignIn,
      oidc:
        OIDC_ISSUER && OIDC_CLIENT_ID
          ? { authority: OIDC_ISSUER, clientId: OIDC_CLIENT_ID, scopes: OIDC_SCOPES }
          : null,
    };
  }

  async staffToSignInAs(): Promise<SignInStaffAnswer[]> {
    this.requireDevelopmentSignIn();
    return this.staff.listActiveByName(this.dataSource.manager);
  }

  async developmentToken(staffId: string): Promise<DevelopmentTokenAnswer> {
    this.requireDevelopmentSignIn();
    const member = await this.staff.find(this.dataSource.manager, staffId);
    if (!member?.active) throw new NotFound('Staff member', staffId);
    const accessToken = await signDevelopmentToken(this.config.JWT_SECRET!, {
      sub: member.id,
      roles: member.roles,
      ttl: `${TOKEN_HOURS}h`,
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
    });
    return { accessToken, expiresAt: new Date(Date.now() + TOKEN_HOURS * 3_600_000).toISOString() };
  }

  /** Off, the development routes answer as routes that do not exist. */
  private requireDevelopmentSignIn(): void {
    if (!this.developmentSignIn) throw new NotFoundException('Development sign-in is off');
  }
}
