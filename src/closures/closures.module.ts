import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { CoursesModule } from '@src/courses/courses.module';
import { StaffRepositoryModule } from '@src/staff/staff-repository.module';
import { ClosureProposalsRepository } from './closure-proposals.repository';
import { ClosuresController } from './closures.controller';
import { ClosuresService } from './closures.service';

@Module({
  imports: [CitizensModule, CoursesModule, StaffRepositoryModule],
  controllers: [ClosuresController],
  providers: [ClosureProposalsRepository, ClosuresService],
})
export class ClosuresModule {}
