import { Module } from '@nestjs/common';
import { StaffRepository } from '@src/staff/staff.repository';
import { WaitlistController } from './waitlist.controller';
import { WaitlistRepository } from './waitlist.repository';

@Module({
  controllers: [WaitlistController],
  providers: [WaitlistRepository, StaffRepository],
})
export class WaitlistModule {}
