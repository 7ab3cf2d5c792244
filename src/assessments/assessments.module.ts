import { Module } from '@nestjs/common';
import { CoursesModule } from '@src/courses/courses.module';
import { AssessmentsController } from './assessments.controller';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentsService } from './assessments.service';

@Module({
  imports: [CoursesModule],
  controllers: [AssessmentsController],
  providers: [AssessmentsRepository, AssessmentsService],
})
export class AssessmentsModule {}
