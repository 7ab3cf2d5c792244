import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { OutboxRelay } from './outbox-relay';
import { OutboxRepository } from './outbox.repository';
import { SideEffectPublisher } from './side-effect-publisher';

@Module({
  imports: [QueuesModule],
  providers: [OutboxRepository, SideEffectPublisher, OutboxRelay],
  exports: [OutboxRelay],
})
export class OutboxModule {}
