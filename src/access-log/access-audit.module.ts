import { Module } from '@nestjs/common';
import { AccessAuditService } from './access-audit.service';
import { AccessLogModule } from './access-log.module';
import { AuditController } from './audit.controller';

/** `GET /audit/access`, for auditors; run by the API. */
@Module({
  imports: [AccessLogModule],
  controllers: [AuditController],
  providers: [AccessAuditService],
})
export class AccessAuditModule {}
