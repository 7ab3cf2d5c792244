import { Module } from '@nestjs/common';
import { OutboxModule } from '@src/outbox/outbox.module';
import { StaffController } from './staff.controller';
import { StaffRepositoryModule } from './staff-repository.module';
import { StaffService } from './staff.service';
import { TeamsController } from './teams.controller';

@Module({
  imports: [OutboxModule, StaffRepositoryModule],
  controllers: [StaffController, TeamsController],
  providers: [StaffService],
  exports: [StaffRepositoryModule, StaffService],
})
export class StaffModule {}
