import { ApiProperty } from '@nestjs/swagger';
import { WAITLIST_PRIORITIES } from '@workflows/icm-course';
import { MaskedCitizenAnswer } from '@src/citizens/dto/masked-citizen.answer';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { WaitlistEntry } from '@src/waitlist/waitlist.repository';

/** An approved citizen awaiting a case manager; the birth date shows only in the masked CPR number. */
export class WaitlistEntryAnswer implements Omit<WaitlistEntry, 'birthDate'> {
  @ApiUuid() courseId!: string;
  @ApiUuid() citizenId!: string;
  @ApiProperty({ description: "The course version, for the assignment's If-Match", example: 3 }) version!: number;
  @ApiProperty({ example: 'aarhus-icm-1' }) teamId!: string;
  @ApiProperty({ enum: WAITLIST_PRIORITIES }) priority!: string;
  @ApiDateTime() waitlistedAt!: Date;
  @ApiProperty({ example: 12 }) daysWaited!: number;
  @ApiProperty({ type: MaskedCitizenAnswer }) citizen!: MaskedCitizenAnswer;
}
