import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AppointmentsModule } from './appointments/appointments.module';
import { AuthModule } from './auth/auth.module';
import { ConfigModule } from './config/config.module';
import { ContactsModule } from './contacts/contacts.module';
import { CoursesModule } from './courses/courses.module';
import { EscalationsModule } from './escalations/escalations.module';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ProblemDetailsFilter } from './problems/problem-details.filter';
import { RedisModule } from './redis/redis.module';
import { ReferralsModule } from './referrals/referrals.module';
import { StaffModule } from './staff/staff.module';
import { VisitationModule } from './visitation/visitation.module';
import { WaitlistModule } from './waitlist/waitlist.module';

@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, AuthModule, IdempotencyModule, HealthModule, StaffModule, CoursesModule, ReferralsModule, NotificationsModule, WaitlistModule, VisitationModule, AppointmentsModule, ContactsModule, EscalationsModule],
  providers: [{ provide: APP_FILTER, useClass: ProblemDetailsFilter }],
})
export class AppModule {}
