import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import { CitizenAnswer } from '@src/citizens/dto/citizen.answer';
import type { EscalationsService } from '@src/escalations/escalations.service';

type OutOfContactEntry = Awaited<ReturnType<EscalationsService['openForTeam']>>[number];

/** A citizen of the team out of contact: their course's running ladder. */
export class OutOfContactAnswer implements OutOfContactEntry {
  @ApiUuid() courseId!: string;
  @ApiUuid() citizenId!: string;
  @ApiUuid({ nullable: true }) caseManagerId!: string | null;
  @ApiProperty({ example: 1 }) ladder!: number;
  @ApiDateTime() startedAt!: Date;
  @ApiProperty({ description: 'The level reached; 0 before the first step fires', example: 2 }) level!: number;
  @ApiDateTime({ nullable: true }) lastFiredAt!: Date | null;
  @ApiDateTime({ nullable: true }) acknowledgedAt!: Date | null;
  @ApiProperty({ type: String, nullable: true }) plannedAction!: string | null;
  @ApiDateTime({ nullable: true, description: 'The last successful contact or attended appointment' }) lastContactAt!:
    string | null;
  @ApiProperty({ type: CitizenAnswer, description: 'Named: the team lead must know whom to look for' })
  citizen!: CitizenAnswer;
}
