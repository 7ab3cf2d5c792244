import { Module } from '@nestjs/common';
import { OutboxModule } from '@src/outbox/outbox.module';
import { StaffController } from './staff.controller';
import { StaffRepository } from './staff.repository';
import { StaffService } from './staff.service';
import { TeamsController } from './teams.controller';

@Module({
  imports: [OutboxModule],
  controllers: [StaffController, TeamsController],
  providers: [StaffRepository, StaffService],
  exports: [StaffRepository, StaffService],
})
export class StaffModule {}
