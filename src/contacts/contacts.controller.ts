import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { ApiConflict, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { uuidParam } from '@src/problems/uuid-param';
import type { Contact } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { ContactAnswer, RecordedContactAnswer } from './dto/contact.answer';
import { RecordContactDto } from './dto/record-contact.dto';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('courses/:id/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Post()
  @ApiOperation({ summary: 'Record a contact attempt with the citizen; a successful one ends the outreach ladder' })
  @ApiCreatedResponse({ type: RecordedContactAnswer })
  @ApiConflict(...COURSE_EVENT_CONFLICTS)
  @AcceptsIfMatch()
  record(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: RecordContactDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<Contact & { courseVersion: number }> {
    return this.contacts.record(caller, id, body, expectedVersion);
  }

  @Get()
  @ApiOperation({ summary: "The course's contacts, newest first" })
  @ApiOkResponse({ type: [ContactAnswer] })
  list(@Param('id', uuidParam()) id: string): Promise<Contact[]> {
    return this.contacts.list(id);
  }
}
