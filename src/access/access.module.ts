import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLogModule } from '@src/access-log/access-log.module';
import { AuthModule } from '@src/auth/auth.module';
import { AccessGuard } from './access.guard';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessPolicyCoverage } from './access-policy-coverage';
import { CourseFactsRepository } from './course-facts.repository';

/** The access policy for every route, and the access log of every answer with citizen data. */
@Module({
  imports: [AuthModule, AccessLogModule],
  providers: [
    CourseFactsRepository,
    AccessPolicyCoverage,
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
  ],
})
export class AccessModule {}
