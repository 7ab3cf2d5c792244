import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { CitizenRow } from './citizen-view';
import type { CprNumber } from './cpr';
import { PersonalDataCipher } from './personal-data-cipher';

@Injectable()
export class CitizensRepository {
  constructor(private readonly cipher: PersonalDataCipher) {}

  /** Finds the citizen by CPR (through its keyed hash) or registers them, inside the caller's transaction; returns their id. */
  async findOrRegister(db: EntityManager, cpr: CprNumber, name: string): Promise<string> {
    const rows: { id: string }[] = await db.query(
      `INSERT INTO citizens (cpr_hash, cpr_encrypted, name_encrypted, birth_date, legal_gender)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (cpr_hash) DO UPDATE SET name_encrypted = EXCLUDED.name_encrypted
       RETURNING id`,
      [this.cipher.cprHash(cpr.digits), this.cipher.encrypt(cpr.digits), this.cipher.encrypt(name), cpr.birthDate, cpr.legalGender],
    );
    return rows[0].id;
  }

  async findIdByCpr(db: EntityManager, cpr: CprNumber): Promise<string | undefined> {
    const rows = await db.query(`SELECT id FROM citizens WHERE cpr_hash = $1`, [this.cipher.cprHash(cpr.digits)]);
    return rows[0]?.id;
  }

  async find(db: EntityManager, id: string): Promise<CitizenRow | undefined> {
    const rows = await db.query(
      `SELECT id, name_encrypted AS "nameEncrypted", to_char(birth_date, 'YYYY-MM-DD') AS "birthDate", legal_gender AS "legalGender"
       FROM citizens WHERE id = $1`,
      [id],
    );
    return rows[0];
  }
}
