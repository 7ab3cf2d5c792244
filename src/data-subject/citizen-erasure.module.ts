import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { QueuesModule } from '@src/queues/queues.module';
import { CitizenErasure } from './citizen-erasure';
import { ErasureRepository } from './erasure.repository';
import { PersonalRecordsRepository } from './personal-records.repository';
import { QueuedNotifications } from './queued-notifications';

/** Pseudonymisation of citizens, for the API's on-demand erasure and the worker's scheduled one. */
@Module({
  imports: [CitizensModule, QueuesModule],
  providers: [CitizenErasure, ErasureRepository, PersonalRecordsRepository, QueuedNotifications],
  exports: [CitizenErasure, PersonalRecordsRepository],
})
export class CitizenErasureModule {}
