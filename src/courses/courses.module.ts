import { Module } from '@nestjs/common';
import { CitizensModule } from '../citizens/citizens.module';
import { AppConfig } from '../config/app-config';
import { TIMER_PERIODS, timerPeriodsOf } from '../timers/timer-periods';
import { StaffModule } from '../staff/staff.module';
import { CaseloadLimit } from './caseload-limit';
import { CourseAccessPolicy } from './course-access-policy';
import { CourseMachineRegistry } from './course-machine-registry';
import { COURSE_MACHINES, KNOWN_COURSE_MACHINES } from './course-machines';
import { CourseRuntime } from './course-runtime';
import { EscalationLedger } from './effects/escalation-ledger';
import { TimerSchedule } from './effects/timer-schedule';
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
    { provide: TIMER_PERIODS, useFactory: timerPeriodsOf, inject: [AppConfig] },
    EscalationLedger,
    TimerSchedule,
    CourseRuntime,
    CoursesService,
  ],
  exports: [CourseRuntime, CoursesRepository],
})
export class CoursesModule {}
