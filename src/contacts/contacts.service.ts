import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import { CourseRuntime } from '@src/courses/course-runtime';
import { ValidationFailed } from '@src/problems/domain-error';
import { type Contact, ContactsRepository } from './contacts.repository';
import type { RecordContactDto } from './dto/record-contact.dto';

/** Clocks differ a little between a phone and the server; a contact further ahead is a mistake. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** Contacts with the citizen: each is a course event, and a successful one ends a running ladder. */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly contacts: ContactsRepository,
    private readonly runtime: CourseRuntime,
  ) {}

  async list(courseId: string): Promise<Contact[]> {
    return this.contacts.listForCourse(this.dataSource.manager, courseId);
  }

  async record(
    caller: Caller,
    courseId: string,
    request: RecordContactDto,
    expectedVersion?: number,
  ): Promise<Contact & { courseVersion: number }> {
    const contactAt = new Date(request.at);
    if (contactAt.getTime() > Date.now() + FUTURE_TOLERANCE_MS)
      throw new ValidationFailed([{ field: 'at', messages: ['must not be in the future'] }]);
    const id = randomUUID();
    let contact: Contact | undefined;
    const event = {
      type: 'CONTACT_RECORDED',
      contactId: id,
      contactAt: contactAt.toISOString(),
      channel: request.channel,
      successful: request.successful,
    };
    const transition = await this.runtime.send(courseId, event, caller, {
      expectedVersion,
      alongside: async (db) => {
        contact = await this.contacts.insert(db, {
          id,
          courseId,
          contactAt: contactAt.toISOString(),
          channel: request.channel,
          successful: request.successful,
          whereabouts: request.whereabouts ?? null,
          note: request.note ?? null,
          recordedBy: caller.staffId,
        });
      },
    });
    return { ...contact!, courseVersion: transition.version };
  }
}
