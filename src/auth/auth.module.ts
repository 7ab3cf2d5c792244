import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticationGuard } from './authentication.guard';
import { TokenVerifier } from './token-verifier';

@Module({
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthenticationGuard }],
  // For what Nest's guards do not reach: the queue dashboard's middleware.
  exports: [TokenVerifier],
})
export class AuthModule {}
