import { ApiProperty } from '@nestjs/swagger';
import { STAFF_CLOSURE_REASONS, type StaffClosureReason } from '@workflows/icm-course';
import { CitizenAnswer } from '@src/citizens/dto/citizen.answer';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { PendingProposal } from '@src/closures/closures.service';

/** A closure proposal awaiting the team lead, with the citizen it concerns and who proposed it. */
export class PendingClosureProposalAnswer implements PendingProposal {
  @ApiUuid({ description: 'The proposal, for POST /closure-proposals/:id/decision' }) id!: string;
  @ApiUuid() courseId!: string;
  @ApiUuid() citizenId!: string;
  @ApiProperty({ type: CitizenAnswer, description: 'Named: the team lead decides about a person' })
  citizen!: CitizenAnswer;
  @ApiProperty({ enum: STAFF_CLOSURE_REASONS }) reason!: StaffClosureReason;
  @ApiProperty({
    example: 'Has lived in his own flat for a year with ordinary §85 support; agrees the course can end.',
  })
  justification!: string;
  @ApiUuid() proposedBy!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Mette Jensen' }) proposerName!: string | null;
  @ApiDateTime() proposedAt!: Date;
}
