import { Module } from '@nestjs/common';
import { QueuesModule } from '@src/queues/queues.module';
import { CitizenErasureModule } from './citizen-erasure.module';
import { CitizenErasureProcessor } from './citizen-erasure.processor';
import { CitizenErasureSchedule } from './citizen-erasure.schedule';

/** The scheduled erasure, run by the worker. */
@Module({
  imports: [QueuesModule, CitizenErasureModule],
  providers: [CitizenErasureProcessor, CitizenErasureSchedule],
})
export class CitizenErasureWorkerModule {}
