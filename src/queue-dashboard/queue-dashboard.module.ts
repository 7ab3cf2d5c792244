import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { AuthModule } from '@src/auth/auth.module';
import { reportRouteAs } from '@src/logging/request-route';
import { QueuesModule } from '@src/queues/queues.module';
import { registeredQueues } from '@src/queues/registered-queues';
import { DASHBOARD_PATH } from './dashboard-cookie';
import { DashboardSessionController } from './dashboard-session.controller';
import { QueueDashboardAccess } from './queue-dashboard-access.middleware';
import { queueDashboard } from './queue-dashboard';

/** Bull Board at /admin/queues, for admins: every queue, its jobs, their failures, retries. */
@Module({
  imports: [AuthModule, QueuesModule],
  controllers: [DashboardSessionController],
  providers: [QueueDashboardAccess],
})
export class QueueDashboardModule implements NestModule {
  constructor(private readonly modules: ModuleRef) {}

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(reportRouteAs(DASHBOARD_PATH), QueueDashboardAccess, queueDashboard(registeredQueues(this.modules)))
      .forRoutes(DASHBOARD_PATH);
  }
}
