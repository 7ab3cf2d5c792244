import type { INestApplicationContext, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AppointmentsModule } from '@src/appointments/appointments.module';
import { ConfigModule } from '@src/config/config.module';
import { ContactsModule } from '@src/contacts/contacts.module';
import { DatabaseModule } from '@src/database/database.module';
import { EscalationsModule } from '@src/escalations/escalations.module';
import { IdempotencyModule } from '@src/idempotency/idempotency.module';
import { MetricsModule } from '@src/metrics/metrics.module';
import { ReferralsModule } from '@src/referrals/referrals.module';
import { ReportsModule } from '@src/reports/reports.module';
import { WaitlistModule } from '@src/waitlist/waitlist.module';

export interface MediumContext {
  get<T>(type: Type<T>): T;
  db: DataSource;
  close(): Promise<void>;
}

/**
 * The service's own modules (database, course runtime, repositories, the services that send events)
 * on the medium database, without HTTP, queues or the access guard: what the tests call is what
 * the routes call after their checks.
 */
export async function mediumContext(): Promise<MediumContext> {
  const context: INestApplicationContext = await Test.createTestingModule({
    imports: [
      ConfigModule,
      DatabaseModule,
      MetricsModule,
      // The routes' interceptor is built with their controllers, though no request reaches it.
      IdempotencyModule,
      ReferralsModule,
      AppointmentsModule,
      ContactsModule,
      EscalationsModule,
      WaitlistModule,
      ReportsModule,
    ],
  }).compile();
  context.useLogger(false);
  await context.init();
  return {
    get: (type) => context.get(type, { strict: false }),
    db: context.get<DataSource>(getDataSourceToken()),
    close: () => context.close(),
  };
}
