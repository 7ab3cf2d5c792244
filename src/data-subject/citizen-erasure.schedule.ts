import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@src/config/app-config';
import { schedulePeriodicJob } from '@src/queues/periodic-job';
import { CITIZEN_ERASURE_QUEUE } from '@src/queues/queues';

/** The erasure of citizens whose retention has run out, every CITIZEN_ERASURE_EVERY. */
@Injectable()
export class CitizenErasureSchedule implements OnApplicationBootstrap {
  constructor(
    @InjectQueue(CITIZEN_ERASURE_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return schedulePeriodicJob(
      this.queue,
      'citizen-erasure',
      'pseudonymise-erasable',
      this.config.CITIZEN_ERASURE_EVERY,
    );
  }
}
