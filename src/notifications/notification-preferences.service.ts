import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFound } from '@src/problems/domain-error';
import { StaffRepository } from '@src/staff/staff.repository';
import type { NotificationPreferencesDto } from './dto/notification-preferences.dto';

/** A staff member's own choice of how notifications reach them. */
@Injectable()
export class NotificationPreferences {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffRepository,
  ) {}

  async of(staffId: string): Promise<NotificationPreferencesDto> {
    const reminderDelivery = await this.staff.reminderDelivery(this.dataSource.manager, staffId);
    if (!reminderDelivery) throw new NotFound('Staff member', staffId);
    return { reminderDelivery };
  }

  /** Applies to notifications made from now on; those already planned keep their time. */
  async change(staffId: string, preferences: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    if (!(await this.staff.setReminderDelivery(this.dataSource.manager, staffId, preferences.reminderDelivery))) {
      throw new NotFound('Staff member', staffId);
    }
    return { reminderDelivery: preferences.reminderDelivery };
  }
}
