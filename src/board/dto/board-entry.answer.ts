import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTENTION_KINDS, type AttentionKind, PHASES } from '@workflows/icm-course';
import { CitizenAnswer } from '@src/citizens/dto/citizen.answer';
import { ApiUuid } from '@src/openapi/answer-properties';
import type { BoardEntry } from '@src/board/board.service';

export class AttentionAnswer {
  @ApiProperty({ enum: ATTENTION_KINDS, example: 'outreach' }) kind!: AttentionKind;
  @ApiProperty({
    description: 'Since when: the miss, the due time, the appointment start',
    example: '2026-03-02T10:00:00.000Z',
  })
  since!: string;
  @ApiPropertyOptional({ description: "The outreach ladder's level", example: 1 }) level?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'The appointment concerned' }) appointmentId?: string;
}

export class BoardEntryAnswer implements BoardEntry {
  @ApiUuid() courseId!: string;
  @ApiUuid() citizenId!: string;
  @ApiProperty({ type: CitizenAnswer }) citizen!: CitizenAnswer;
  @ApiProperty({ enum: PHASES }) phase!: string;
  @ApiProperty({ example: 'coordination' }) state!: string;
  @ApiProperty({ enum: ['engaged', 'outreach', 'ended'] }) engagement!: string;
  @ApiProperty({ description: 'The course version, for If-Match', example: 4 }) version!: number;
  @ApiProperty({ type: String, nullable: true, example: '2026-03-01T09:30:00.000Z' }) lastContactAt!: string | null;
  @ApiProperty({ type: [AttentionAnswer], description: 'What needs attention now, most urgent first' })
  attention!: AttentionAnswer[];
}
