import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { CITIZEN_ERASURE_QUEUE } from '@src/queues/queues';
import { CitizenErasure } from './citizen-erasure';

/** The scheduled erasure: pseudonymises every citizen whose retention has run out. Run twice, the second finds no one. */
@Processor(CITIZEN_ERASURE_QUEUE)
export class CitizenErasureProcessor extends WorkerHost {
  private readonly logger = new Logger(CitizenErasureProcessor.name);

  constructor(private readonly erasure: CitizenErasure) {
    super();
  }

  async process(): Promise<{ pseudonymised: number }> {
    const pseudonymised = await this.erasure.eraseAllErasable();
    this.logger.log(`Pseudonymised ${pseudonymised} citizens whose retention had run out`);
    return { pseudonymised };
  }
}
