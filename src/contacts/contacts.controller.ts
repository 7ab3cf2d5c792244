import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { uuidParam } from '../problems/uuid-param';
import type { Contact } from './contacts.repository';
import { ContactsService } from './contacts.service';
import { RecordContactDto } from './dto/record-contact.dto';

@ApiTags('contacts')
@ApiBearerAuth()
@Controller('courses/:id/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Post()
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: 'Record a contact attempt with the citizen; a successful one ends the outreach ladder' })
  record(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: RecordContactDto) {
    return this.contacts.record(caller, id, body);
  }

  @Get()
  @ApiOperation({ summary: "The course's contacts, newest first" })
  list(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<Contact[]> {
    return this.contacts.list(caller, id);
  }
}
