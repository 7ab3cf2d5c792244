import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Forbidden } from '../problems/domain-error';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './decorators';
import { type Role, hasAnyRole } from './roles';
import { TokenVerifier } from './token-verifier';

/** Global guard: every route needs a valid token unless marked @Public, and one of its @Roles. */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const caller = await this.verifier.verify(request.headers.authorization);
    request.caller = caller;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (allowed && !hasAnyRole(caller, allowed)) {
      throw new Forbidden(`This needs one of the roles: ${allowed.join(', ')}`);
    }
    return true;
  }
}
