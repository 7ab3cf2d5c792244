import { Module } from '@nestjs/common';
import { StaffRepositoryModule } from '@src/staff/staff-repository.module';
import { WaitlistController } from './waitlist.controller';
import { WaitlistRepository } from './waitlist.repository';

@Module({
  imports: [StaffRepositoryModule],
  controllers: [WaitlistController],
  providers: [WaitlistRepository],
})
export class WaitlistModule {}
