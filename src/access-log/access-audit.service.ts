import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailed } from '@src/problems/domain-error';
import { AccessLogRepository, type AccessLogRow } from './access-log.repository';
import type { AccessAuditQueryDto } from './dto/access-audit-query.dto';

const DEFAULT_PERIOD_MS = 30 * 24 * 60 * 60 * 1000;

export interface AccessAudit {
  from: Date;
  to: Date;
  items: AccessLogRow[];
}

/** Answers the auditor's question: who read this citizen's data, or whose data this member read. */
@Injectable()
export class AccessAuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogRepository,
  ) {}

  async accesses(query: AccessAuditQueryDto): Promise<AccessAudit> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_PERIOD_MS);
    if (from >= to) throw new ValidationFailed([{ field: 'to', messages: ['to must be later than from'] }]);
    const items = await this.accessLog.find(this.dataSource.manager, {
      citizenId: query.citizenId,
      staffId: query.staffId,
      from,
      to,
      limit: query.limit,
      offset: query.offset,
    });
    return { from, to, items };
  }
}
