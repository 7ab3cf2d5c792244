import { Module } from '@nestjs/common';
import { WaitlistController } from './waitlist.controller';
import { WaitlistRepository } from './waitlist.repository';

@Module({
  controllers: [WaitlistController],
  providers: [WaitlistRepository],
})
export class WaitlistModule {}
