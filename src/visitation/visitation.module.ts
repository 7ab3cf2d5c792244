import { Module } from '@nestjs/common';
import { CoursesModule } from '@src/courses/courses.module';
import { VisitationController } from './visitation.controller';
import { VisitationService } from './visitation.service';

@Module({
  imports: [CoursesModule],
  controllers: [VisitationController],
  providers: [VisitationService],
})
export class VisitationModule {}
