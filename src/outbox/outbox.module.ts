import { Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';

/** Writing side effects into the outbox, in the caller's transaction. */
@Module({
  providers: [OutboxRepository],
  exports: [OutboxRepository],
})
export class OutboxModule {}
