import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CitizensModule } from '@src/citizens/citizens.module';
import { AccessAuditService } from './access-audit.service';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessLogModule } from './access-log.module';
import { AuditController } from './audit.controller';

/**
 * The access log of every answer with citizen data (the interceptor), and the auditor's routes under
 * /audit: the log, its CSV export and the CPR look-up; run by the API.
 */
@Module({
  imports: [AccessLogModule, CitizensModule],
  controllers: [AuditController],
  providers: [AccessAuditService, { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor }],
})
export class AccessAuditModule {}
