import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Caller, Role } from './roles';

export const PUBLIC_ROUTE = 'icm:public';
export const ALLOWED_ROLES = 'icm:roles';

/** Reachable without a token (health, API docs). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The roles that may call a route at all; what they may see is the service's business. */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller => context.switchToHttp().getRequest().caller,
);
