import { Module } from '@nestjs/common';
import { AppointmentsRepository } from '@src/appointments/appointments.repository';
import { CourseEngineModule } from '@src/courses/course-engine.module';
import { OutboxModule } from '@src/outbox/outbox.module';
import { QueuesModule } from '@src/queues/queues.module';
import { TimerDueProcessor } from './timer-due.processor';
import { TimersRepository } from './timers.repository';

/** Fires due timers through the course runtime, run by the worker. */
@Module({
  imports: [QueuesModule, OutboxModule, CourseEngineModule],
  providers: [TimersRepository, AppointmentsRepository, TimerDueProcessor],
})
export class TimersWorkerModule {}
