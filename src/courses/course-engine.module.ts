import { Module } from '@nestjs/common';
import { AppConfig } from '@src/config/app-config';
import { OutboxModule } from '@src/outbox/outbox.module';
import { StaffRepositoryModule } from '@src/staff/staff-repository.module';
import { CaseloadLimit } from './caseload-limit';
import { CourseFactsRepository } from './course-facts.repository';
import { CourseMachineRegistry } from './course-machine-registry';
import { COURSE_MACHINES, KNOWN_COURSE_MACHINES } from './course-machines';
import { CourseRuntime } from './course-runtime';
import { CoursesRepository } from './courses.repository';
import { EscalationLedger } from './effects/escalation-ledger';
import { TimerSchedule } from './effects/timer-schedule';
import { TIMER_PERIODS, timerPeriodsOf } from './timer-periods';

/**
 * The course runtime and what it needs, without routes: the API and the worker both send events.
 * Also the course facts the access guard reads.
 */
@Module({
  // The staff repository alone: the staff module's routes belong to the API, not to the worker.
  imports: [StaffRepositoryModule, OutboxModule],
  providers: [
    CourseFactsRepository,
    { provide: COURSE_MACHINES, useValue: KNOWN_COURSE_MACHINES },
    CourseMachineRegistry,
    CoursesRepository,
    CaseloadLimit,
    { provide: TIMER_PERIODS, useFactory: timerPeriodsOf, inject: [AppConfig] },
    EscalationLedger,
    TimerSchedule,
    CourseRuntime,
  ],
  exports: [CourseRuntime, CoursesRepository, CourseMachineRegistry, CourseFactsRepository, TIMER_PERIODS],
})
export class CourseEngineModule {}
