import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { CourseEngineModule } from '@src/courses/course-engine.module';
import { BoardController } from './board.controller';
import { BoardRepository } from './board.repository';
import { BoardService } from './board.service';

@Module({
  imports: [CitizensModule, CourseEngineModule],
  controllers: [BoardController],
  providers: [BoardRepository, BoardService],
})
export class BoardModule {}
