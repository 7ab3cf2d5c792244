import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { BoardService, type BoardEntry } from './board.service';
import { BoardEntryAnswer } from './dto/board-entry.answer';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('me/courses')
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Get()
  @ApiOperation({
    summary:
      "The case manager's open courses, whoever needs attention now first: a running outreach ladder, an appointment unregistered or today, a reminder due",
  })
  @ApiOkResponse({ type: [BoardEntryAnswer] })
  mine(@CurrentCaller() caller: Caller): Promise<BoardEntry[]> {
    return this.board.ofCaseManager(caller);
  }
}
