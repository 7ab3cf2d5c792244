import { Module } from '@nestjs/common';
import { CoursesModule } from '@src/courses/courses.module';
import { CourseServicesController } from './course-services.controller';
import { CourseServicesRepository } from './course-services.repository';
import { CourseServicesService } from './course-services.service';
import { PlansController } from './plans.controller';
import { PlansRepository } from './plans.repository';
import { PlansService } from './plans.service';

@Module({
  imports: [CoursesModule],
  controllers: [PlansController, CourseServicesController],
  providers: [PlansRepository, PlansService, CourseServicesRepository, CourseServicesService],
})
export class PlansModule {}
