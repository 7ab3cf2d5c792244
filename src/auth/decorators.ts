import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Caller } from './roles';

/** The verified caller that the access guard put on the request. */
export const CurrentCaller = createParamDecorator(
  (_: unknown, context: ExecutionContext): Caller => context.switchToHttp().getRequest().caller,
);
