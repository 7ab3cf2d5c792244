import { Module } from '@nestjs/common';
import { CoursesModule } from '@src/courses/courses.module';
import { AppointmentsController } from './appointments.controller';
import { AppointmentsRepository } from './appointments.repository';
import { AppointmentsService } from './appointments.service';

@Module({
  imports: [CoursesModule],
  controllers: [AppointmentsController],
  providers: [AppointmentsRepository, AppointmentsService],
  exports: [AppointmentsRepository],
})
export class AppointmentsModule {}
