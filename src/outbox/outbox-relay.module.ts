import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { OutboxRelay } from './outbox-relay';
import { OutboxModule } from './outbox.module';
import { SideEffectPublisher } from './side-effect-publisher';

/** The relay from the outbox to BullMQ, run by the worker. */
@Module({
  imports: [OutboxModule, QueuesModule],
  providers: [SideEffectPublisher, OutboxRelay],
})
export class OutboxRelayModule {}
