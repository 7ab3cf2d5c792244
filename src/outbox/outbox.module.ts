import { Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';
import { OutboxSignal } from './outbox-signal';

/** Writing side effects into the outbox, in the caller's transaction, and telling this process's relay. */
@Module({
  providers: [OutboxRepository, OutboxSignal],
  exports: [OutboxRepository, OutboxSignal],
})
export class OutboxModule {}
