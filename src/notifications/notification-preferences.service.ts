import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@src/config/app-config';
import { NotFound } from '@src/problems/domain-error';
import { StaffRepository, type StoredNotificationPreferences } from '@src/staff/staff.repository';
import type {
  NotificationPreferencesAnswer,
  NotificationPreferencesDto,
} from '@src/staff/dto/notification-preferences.dto';

/** A staff member's own choice of how notifications reach them. */
@Injectable()
export class NotificationPreferences {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
    private readonly config: AppConfig,
  ) {}

  async of(staffId: string): Promise<NotificationPreferencesAnswer> {
    return this.answer(staffId, await this.staff.notificationPreferences(this.dataSource.manager, staffId));
  }

  /** Applies to notifications made from now on; those already planned keep their time. */
  async change(staffId: string, preferences: NotificationPreferencesDto): Promise<NotificationPreferencesAnswer> {
    return this.answer(
      staffId,
      await this.staff.setNotificationPreferences(this.dataSource.manager, staffId, preferences),
    );
  }

  private answer(staffId: string, stored: StoredNotificationPreferences | undefined): NotificationPreferencesAnswer {
    if (!stored) throw new NotFound('Staff member', staffId);
    return { ...stored, emailEnabled: this.config.SMTP_HOST !== undefined };
  }
}
