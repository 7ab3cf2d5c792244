import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CitizensService } from '@src/citizens/citizens.service';
import { NotFound } from '@src/problems/domain-error';
import type { Row } from './free-text-erasure';
import { PERSONAL_DATA_TABLES, type PersonalDataTable } from './personal-data-tables';
import { type OwnedRow, PersonalRecordsRepository } from './personal-records.repository';

/** Rows by table name, as stored. */
export type Records = Record<string, Row[]>;

/**
 * Everything the service holds about one citizen (GDPR art. 15): the citizen with the name and the
 * full CPR number, each course as stored with the rows of every table about it, and the rows kept
 * about the citizen themself. Columns keep their stored names.
 */
export interface CitizenExportDocument {
  exportedAt: string;
  citizen: Record<string, unknown>;
  courses: (Row & { records: Records })[];
  citizenRecords: Records;
}

const COURSE_TABLES = PERSONAL_DATA_TABLES.filter((table) => table.of === 'course');
const CITIZEN_TABLES = PERSONAL_DATA_TABLES.filter((table) => table.of === 'citizen');

@Injectable()
export class CitizenExport {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly citizens: CitizensService,
    private readonly records: PersonalRecordsRepository,
  ) {}

  /** Read in one snapshot, with one statement per table however many courses and rows there are. */
  of(citizenId: string): Promise<CitizenExportDocument> {
    return this.dataSource.transaction('REPEATABLE READ', async (db) => {
      await db.query('SET TRANSACTION READ ONLY');
      const citizen = await this.citizens.disclosed(db, citizenId);
      if (!citizen) throw new NotFound('Citizen', citizenId);
      const courses = await this.records.courses(db, citizenId);
      const courseIds = courses.map((course) => course.id as string);
      const found = new Map<string, OwnedRow[]>();
      for (const table of PERSONAL_DATA_TABLES) {
        found.set(table.table, await this.records.rows(db, table, table.of === 'course' ? courseIds : [citizenId]));
      }
      const ownedBy = (tables: readonly PersonalDataTable[], owner: string): Records =>
        Object.fromEntries(
          tables.map(({ table }) => [
            table,
            found
              .get(table)!
              .filter((row) => row.owner === owner)
              .map(({ row }) => row),
          ]),
        );
      return {
        exportedAt: new Date().toISOString(),
        citizen,
        courses: courses.map((course) => ({ ...course, records: ownedBy(COURSE_TABLES, course.id as string) })),
        citizenRecords: ownedBy(CITIZEN_TABLES, citizenId),
      };
    });
  }
}
