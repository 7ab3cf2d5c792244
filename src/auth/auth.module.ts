import { Module } from '@nestjs/common';
import { TokenVerifier } from './token-verifier';

@Module({
  providers: [TokenVerifier],
  // For the access guard, and for what Nest's guards do not reach: the queue dashboard's middleware.
  exports: [TokenVerifier],
})
export class AuthModule {}
