import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { StaffModule } from '../staff/staff.module';
import { CaseloadLimit } from './caseload-limit';
import { CourseAccessPolicy } from './course-access-policy';
import { CourseMachineRegistry } from './course-machine-registry';
import { COURSE_MACHINES, KNOWN_COURSE_MACHINES } from './course-machines';
import { CourseRuntime } from './course-runtime';
import { CoursesController } from './courses.controller';
import { CoursesRepository } from './courses.repository';
import { CoursesService } from './courses.service';

@Module({
  imports: [CitizensModule, StaffModule],
  controllers: [CoursesController],
  providers: [
    { provide: COURSE_MACHINES, useValue: KNOWN_COURSE_MACHINES },
    CourseMachineRegistry,
    CoursesRepository,
    CourseAccessPolicy,
    CaseloadLimit,
    CourseRuntime,
    CoursesService,
  ],
  exports: [CourseRuntime, CoursesRepository],
})
export class CoursesModule {}
