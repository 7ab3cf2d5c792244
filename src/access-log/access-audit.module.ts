import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { AccessAuditService } from './access-audit.service';
import { AccessLogModule } from './access-log.module';
import { AuditController } from './audit.controller';

/** The auditor's routes under /audit: the access log, its CSV export and the CPR look-up; run by the API. */
@Module({
  imports: [AccessLogModule, CitizensModule],
  controllers: [AuditController],
  providers: [AccessAuditService],
})
export class AccessAuditModule {}
