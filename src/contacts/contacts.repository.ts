import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ContactChannel } from '@workflows/icm-course';

export interface Contact {
  id: string;
  courseId: string;
  contactAt: Date;
  channel: ContactChannel;
  successful: boolean;
  whereabouts: string | null;
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export type NewContact = Omit<Contact, 'contactAt' | 'recordedAt'> & { contactAt: string };

const COLUMNS = `id, course_id AS "courseId", contact_at AS "contactAt", channel, successful, whereabouts, note,
  recorded_by AS "recordedBy", recorded_at AS "recordedAt"`;

@Injectable()
export class ContactsRepository {
  async insert(db: EntityManager, contact: NewContact): Promise<Contact> {
    const [row] = await db.query(
      `INSERT INTO contacts (id, course_id, contact_at, channel, successful, whereabouts, note, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        contact.id,
        contact.courseId,
        contact.contactAt,
        contact.channel,
        contact.successful,
        contact.whereabouts,
        contact.note,
        contact.recordedBy,
      ],
    );
    return row;
  }

  async listForCourse(db: EntityManager, courseId: string): Promise<Contact[]> {
    return db.query(`SELECT ${COLUMNS} FROM contacts WHERE course_id = $1 ORDER BY contact_at DESC`, [courseId]);
  }
}
