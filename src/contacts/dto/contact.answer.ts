import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_CHANNELS, type ContactChannel } from '@workflows/icm-course';
import { ApiDateTime, ApiUuid } from '@src/openapi/answer-properties';
import type { Contact } from '@src/contacts/contacts.repository';

export class ContactAnswer implements Contact {
  @ApiUuid() id!: string;
  @ApiUuid() courseId!: string;
  @ApiDateTime() contactAt!: Date;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel!: ContactChannel;
  @ApiProperty() successful!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Seen at the drop-in café on Istedgade' }) whereabouts!:
    string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiUuid() recordedBy!: string;
  @ApiDateTime() recordedAt!: Date;
}

/** The recorded contact, with the course version its event produced. */
export class RecordedContactAnswer extends ContactAnswer {
  @ApiProperty({ example: 6 }) courseVersion!: number;
}
