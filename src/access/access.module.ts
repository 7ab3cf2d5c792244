import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthModule } from '@src/auth/auth.module';
import { CourseEngineModule } from '@src/courses/course-engine.module';
import { AccessGuard } from './access.guard';
import { AccessPolicyCoverage } from './access-policy-coverage';

/** The access policy for every route. */
@Module({
  imports: [AuthModule, CourseEngineModule],
  providers: [AccessPolicyCoverage, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
