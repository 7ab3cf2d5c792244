import { Module } from '@nestjs/common';
import { QueuesModule } from '@src/queues/queues.module';
import { OutboxReconciler } from './outbox-reconciler';
import { OutboxRelay } from './outbox-relay';
import { OutboxModule } from './outbox.module';
import { SideEffectPublisher } from './side-effect-publisher';

/** The relay from the outbox to BullMQ and the reconciler of overdue jobs, run by the worker. */
@Module({
  imports: [OutboxModule, QueuesModule],
  providers: [SideEffectPublisher, OutboxRelay, OutboxReconciler],
})
export class OutboxRelayModule {}
