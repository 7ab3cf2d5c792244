import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import ical, { ICalEventStatus } from 'ical-generator';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessLogRepository } from '@src/access-log/access-log.repository';
import { PersonalDataCipher } from '@src/citizens/personal-data-cipher';
import { AppConfig } from '@src/config/app-config';
import { NotFound } from '@src/problems/domain-error';
import { CalendarFeedRepository, type FeedAppointment } from './calendar-feed.repository';

/** The route as the access log names it: the path holds the secret. */
export const FEED_ROUTE = 'GET /api/v1/calendar/:token';

const hashOf = (token: string) => createHash('sha256').update(token).digest();

/** The citizen as the calendar shows them: first name and the course id's last digits, nothing more. */
export const feedTitleOf = (firstName: string, courseId: string) =>
  `Aftale: ${firstName} (forløb …${courseId.replace(/-/g, '').slice(-4)})`;

/** Each staff member's secret calendar address, and the iCalendar feed of their appointments behind it. */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedRepository,
    private readonly accessLog: AccessLogRepository,
    private readonly cipher: PersonalDataCipher,
    private readonly config: AppConfig,
  ) {}

  /** A new secret address; the old one stops answering. Only the token's hash is kept. */
  async rotate(staffId: string): Promise<{ url: string }> {
    const token = randomBytes(32).toString('base64url');
    if (!(await this.feeds.replaceToken(this.dataSource.manager, staffId, hashOf(token)))) {
      throw new NotFound('Staff member', staffId);
    }
    return { url: `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/api/v1/calendar/${token}` };
  }

  /** The feed behind a token, access-logged as its owner's read of each citizen in it; 404 for an unknown or replaced token. */
  async feed(token: string): Promise<string> {
    return this.dataSource.transaction(async (db) => {
      const staffId = await this.feeds.ownerOf(db, hashOf(token));
      if (!staffId) throw new NotFound('Calendar feed', 'this address');
      const appointments = await this.feeds.appointmentsOf(db, staffId);
      await this.accessLog.record(
        db,
        [...new Map(appointments.map((a) => [a.courseId, a])).values()].map((appointment) => ({
          staffId,
          role: 'case_manager',
          citizenId: appointment.citizenId,
          courseId: appointment.courseId,
          method: 'GET',
          route: FEED_ROUTE,
        })),
      );
      return this.calendarOf(appointments);
    });
  }

  private calendarOf(appointments: FeedAppointment[]): string {
    const calendar = ical({
      name: 'ICM: mine aftaler',
      prodId: { company: 'ICM', product: 'forloeb', language: 'DA' },
    });
    for (const appointment of appointments) {
      calendar.createEvent({
        id: `${appointment.id}@icm`,
        sequence: appointment.sequence,
        start: appointment.startsAt,
        end: appointment.endsAt,
        summary: feedTitleOf(this.firstNameOf(appointment), appointment.courseId),
        url: `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/forloeb/${appointment.courseId}`,
        status: appointment.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      });
    }
    return calendar.toString();
  }

  private firstNameOf(appointment: FeedAppointment): string {
    // A pseudonymised citizen has no name left.
    if (!appointment.nameEncrypted) return 'borger';
    return this.cipher.decrypt(appointment.nameEncrypted).trim().split(/\s+/)[0];
  }
}
