import { Module } from '@nestjs/common';
import { StaffModule } from '@src/staff/staff.module';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationPreferences } from './notification-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';

/** The inbox and the notification preferences, served by the API. */
@Module({
  imports: [StaffModule],
  controllers: [NotificationsController, NotificationPreferencesController],
  providers: [NotificationsRepository, NotificationPreferences],
})
export class NotificationsModule {}
