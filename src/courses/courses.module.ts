import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { CourseEngineModule } from './course-engine.module';
import { CoursesController } from './courses.controller';
import { CoursesService } from './courses.service';

@Module({
  imports: [CitizensModule, CourseEngineModule],
  controllers: [CoursesController],
  providers: [CoursesService],
  exports: [CourseEngineModule, CoursesService],
})
export class CoursesModule {}
