import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AccessAuditModule } from './access-log/access-audit.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { AssessmentsModule } from './assessments/assessments.module';
import { AccessModule } from './access/access.module';
import { ClosuresModule } from './closures/closures.module';
import { ConfigModule } from './config/config.module';
import { ContactsModule } from './contacts/contacts.module';
import { CoursesModule } from './courses/courses.module';
import { BoardModule } from './board/board.module';
import { EscalationsModule } from './escalations/escalations.module';
import { DatabaseModule } from './database/database.module';
import { DataSubjectModule } from './data-subject/data-subject.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { HttpKeepAlive } from './lifecycle/http-keep-alive';
import { ApiMetricsModule } from './metrics/api-metrics.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { CalendarModule } from './calendar/calendar.module';
import { PlansModule } from './plans/plans.module';
import { ProblemDetailsFilter } from './problems/problem-details.filter';
import { QueueDashboardModule } from './queue-dashboard/queue-dashboard.module';
import { RedisModule } from './redis/redis.module';
import { ReferralsModule } from './referrals/referrals.module';
import { ReportsModule } from './reports/reports.module';
import { SignInModule } from './sign-in/sign-in.module';
import { StaffModule } from './staff/staff.module';
import { ThrottlingModule } from './throttling/throttling.module';
import { VisitationModule } from './visitation/visitation.module';
import { WaitlistModule } from './waitlist/waitlist.module';
import { WebAppModule } from './web-app/web-app.module';

@Module({
  imports: [
    ConfigModule,
    DatabaseModule,
    RedisModule,
    MetricsModule,
    // Before AccessModule: global guards run in import order, and requests with forged tokens count too.
    ThrottlingModule,
    AccessModule,
    IdempotencyModule,
    HealthModule,
    ApiMetricsModule,
    QueueDashboardModule,
    StaffModule,
    SignInModule,
    CoursesModule,
    ReferralsModule,
    NotificationsModule,
    CalendarModule,
    WaitlistModule,
    VisitationModule,
    AppointmentsModule,
    ContactsModule,
    EscalationsModule,
    BoardModule,
    PlansModule,
    AssessmentsModule,
    ClosuresModule,
    ReportsModule,
    AccessAuditModule,
    DataSubjectModule,
    // Last: the web application answers what no route of the service did.
    WebAppModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }, HttpKeepAlive],
})
export class AppModule {}
