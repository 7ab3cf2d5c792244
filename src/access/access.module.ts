import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AuthModule } from '@src/auth/auth.module';
import { CourseEngineModule } from '@src/courses/course-engine.module';
import { AccessGuard } from './access.guard';
import { AccessPolicyCoverage } from './access-policy-coverage';
import { ControllerRoutes } from './controller-routes';

/** The access policy for every route. */
@Module({
  imports: [AuthModule, CourseEngineModule, DiscoveryModule],
  providers: [ControllerRoutes, AccessPolicyCoverage, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AccessModule {}
