import { Module } from '@nestjs/common';
import { StaffRepository } from './staff.repository';

/** The staff table's storage without the staff routes, for the course engine (the worker runs it too) and other features. */
@Module({
  providers: [StaffRepository],
  exports: [StaffRepository],
})
export class StaffRepositoryModule {}
