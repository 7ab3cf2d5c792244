import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { CoursesModule } from '@src/courses/courses.module';
import { StaffRepository } from '@src/staff/staff.repository';
import { ClosureProposalsRepository } from './closure-proposals.repository';
import { ClosuresController } from './closures.controller';
import { ClosuresService } from './closures.service';

@Module({
  imports: [CitizensModule, CoursesModule],
  controllers: [ClosuresController],
  providers: [ClosureProposalsRepository, ClosuresService, StaffRepository],
})
export class ClosuresModule {}
