import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CitizensService } from '@src/citizens/citizens.service';
import { parseCpr } from '@src/citizens/cpr';
import { csvLine } from '@src/csv/csv';
import { NotFound, ValidationFailed } from '@src/problems/domain-error';
import {
  type AccessLogCursor,
  type AccessLogPeriod,
  AccessLogRepository,
  type AccessLogRow,
} from './access-log.repository';
import type { AccessAuditExportQueryDto } from './dto/access-audit-export-query.dto';
import type { AccessAuditQueryDto } from './dto/access-audit-query.dto';

const DEFAULT_PERIOD_MS = 30 * 24 * 60 * 60 * 1000;
/** Rows read at a time for the CSV export: its memory stays bounded whatever the period holds. */
export const EXPORT_CHUNK_ROWS = 1000;

export const EXPORT_COLUMNS = [
  'at',
  'staffId',
  'staffName',
  'role',
  'citizenId',
  'courseId',
  'method',
  'route',
] as const;

export interface AccessAudit {
  from: Date;
  to: Date;
  items: AccessLogRow[];
}

/** The citizen a CPR number names, as the auditor may see them: the CPR masked. */
export interface CitizenLookup {
  citizenId: string;
  cpr: string;
  name: string;
}

/** Answers the auditor's question: who read this citizen's data, or whose data this member read. */
@Injectable()
export class AccessAuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogRepository,
    private readonly citizens: CitizensService,
  ) {}

  async accesses(query: AccessAuditQueryDto): Promise<AccessAudit> {
    const period = periodOf(query);
    const items = await this.accessLog.find(this.dataSource.manager, {
      ...period,
      limit: query.limit,
      offset: query.offset,
    });
    return { from: period.from, to: period.to, items };
  }

  /** The period the export covers, checked before its first line is sent. */
  exportPeriod(query: AccessAuditExportQueryDto): AccessLogPeriod {
    return periodOf(query);
  }

  /** The export's CSV, a header line and then a chunk of lines at a time, in the list's order. */
  async *csv(period: AccessLogPeriod): AsyncGenerator<string> {
    yield csvLine(EXPORT_COLUMNS);
    let cursor: AccessLogCursor | undefined;
    do {
      const chunk = await this.accessLog.findChunk(this.dataSource.manager, period, EXPORT_CHUNK_ROWS, cursor);
      if (chunk.rows.length > 0)
        yield chunk.rows.map((row) => csvLine(EXPORT_COLUMNS.map((column) => csvValueOf(row, column)))).join('');
      cursor = chunk.rows.length === EXPORT_CHUNK_ROWS ? chunk.cursor : undefined;
    } while (cursor);
  }

  /** The citizen a CPR number names (validated by the DTO); 404 for none, or one pseudonymised. */
  async lookUp(cpr: string): Promise<CitizenLookup> {
    const parsed = parseCpr(cpr);
    const view = parsed && (await this.citizens.findByCpr(this.dataSource.manager, parsed));
    // The detail never repeats the CPR number: problem answers may be logged.
    if (!view?.cpr) throw new NotFound('A citizen', 'with this CPR number');
    return { citizenId: view.id, cpr: view.cpr, name: view.name };
  }
}

function periodOf(query: AccessAuditExportQueryDto): AccessLogPeriod {
  const to = query.to ? new Date(query.to) : new Date();
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - DEFAULT_PERIOD_MS);
  if (from >= to) throw new ValidationFailed([{ field: 'to', messages: ['to must be later than from'] }]);
  return { citizenId: query.citizenId, staffId: query.staffId, from, to };
}

function csvValueOf(row: AccessLogRow, column: (typeof EXPORT_COLUMNS)[number]): string | null {
  return column === 'at' ? row.at.toISOString() : row[column];
}
