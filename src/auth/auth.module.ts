import { Module } from '@nestjs/common';
import { StaffIdentities } from './staff-identities';
import { TokenVerifier } from './token-verifier';

@Module({
  providers: [TokenVerifier, StaffIdentities],
  // For the access guard, and for what Nest's guards do not reach: the queue dashboard's middleware.
  exports: [TokenVerifier],
})
export class AuthModule {}
