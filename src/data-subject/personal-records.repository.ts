import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ColumnErasure, Row } from './free-text-erasure';
import type { PersonalDataTable } from './personal-data-tables';

/** A row as stored, and the course or citizen it belongs to. */
export interface OwnedRow {
  owner: string;
  row: Row;
}

/**
 * The rows of PERSONAL_DATA_TABLES that concern one citizen, one statement per table whatever the
 * number of rows: read as stored for an access request, and rewritten by pseudonymisation. Table
 * and column names come from that list, never from a request.
 */
@Injectable()
export class PersonalRecordsRepository {
  /** The citizen's courses as stored, oldest first. */
  async courses(db: EntityManager, citizenId: string): Promise<Row[]> {
    const rows: { row: Row }[] = await db.query(
      `SELECT to_jsonb(c) AS row FROM courses c WHERE citizen_id = $1 ORDER BY created_at, id`,
      [citizenId],
    );
    return rows.map(({ row }) => row);
  }

  /** `owners` are course ids or the citizen's id, as the table's `of` says. */
  async rows(db: EntityManager, table: PersonalDataTable, owners: string[]): Promise<OwnedRow[]> {
    return db.query(
      `SELECT ${table.key} AS owner, to_jsonb(t) AS row FROM ${table.table} t WHERE ${table.key} = ANY($1) ORDER BY ${table.orderBy}`,
      [owners],
    );
  }

  /**
   * Rewrites the named columns of the owners' rows by their rules: the rows are read and locked,
   * erased here, and the changed ones written back by their physical row id (stable while locked).
   * Returns how many rows changed.
   */
  async eraseColumns(
    db: EntityManager,
    table: PersonalDataTable,
    columns: Readonly<Record<string, ColumnErasure>>,
    owners: string[],
  ): Promise<number> {
    const names = Object.keys(columns);
    const reads = [...new Set(Object.values(columns).flatMap((rule) => rule.reads ?? []))];
    const found: Row[] = await db.query(
      `SELECT ctid::text AS ctid, ${[...names, ...reads].join(', ')} FROM ${table.table} WHERE ${table.key} = ANY($1) FOR UPDATE`,
      [owners],
    );
    const changed = found
      .map((row) => ({
        row,
        erased: Object.fromEntries(names.map((name) => [name, columns[name].erase(row[name], row)])),
      }))
      .filter(({ row, erased }) => names.some((name) => JSON.stringify(row[name]) !== JSON.stringify(erased[name])))
      .map(({ row, erased }) => ({ ctid: row.ctid, ...erased }));
    if (changed.length === 0) return 0;
    await db.query(
      `UPDATE ${table.table} t SET ${names.map((name) => `${name} = v.${name}`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS v (ctid tid, ${names.map((name) => `${name} ${columns[name].type}`).join(', ')})
       WHERE t.ctid = v.ctid`,
      [JSON.stringify(changed)],
    );
    return changed.length;
  }

  async deleteRows(db: EntityManager, table: PersonalDataTable, owners: string[]): Promise<void> {
    await db.query(`DELETE FROM ${table.table} WHERE ${table.key} = ANY($1)`, [owners]);
  }
}
