import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { CoursesModule } from '@src/courses/courses.module';
import { EscalationsController } from './escalations.controller';
import { EscalationsRepository } from './escalations.repository';
import { EscalationsService } from './escalations.service';

@Module({
  imports: [CitizensModule, CoursesModule],
  controllers: [EscalationsController],
  providers: [EscalationsRepository, EscalationsService],
})
export class EscalationsModule {}
