import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { returnedRows } from '@src/database/changed-rows';
import type { CitizenRow } from './citizen-view';
import type { CprNumber } from './cpr';
import { PersonalDataCipher } from './personal-data-cipher';

export interface StoredCitizen {
  stored: Record<string, unknown>;
  cprEncrypted: Buffer | null;
  nameEncrypted: Buffer | null;
}

/** The columns of a CitizenRow, from the citizens table under `alias`: for queries that show citizens beside other rows. */
export const citizenRowColumns = (alias: string) =>
  `${alias}.name_encrypted AS "nameEncrypted", to_char(${alias}.birth_date, 'YYYY-MM-DD') AS "birthDate",
   ${alias}.legal_gender AS "legalGender", ${alias}.pseudonymised_at AS "pseudonymisedAt"`;

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
      [
        this.cipher.cprHash(cpr.digits),
        this.cipher.encrypt(cpr.digits),
        this.cipher.encrypt(name),
        cpr.birthDate,
        cpr.legalGender,
      ],
    );
    return rows[0].id;
  }

  async findIdByCpr(db: EntityManager, cpr: CprNumber): Promise<string | undefined> {
    const rows = await db.query(`SELECT id FROM citizens WHERE cpr_hash = $1`, [this.cipher.cprHash(cpr.digits)]);
    return rows[0]?.id;
  }

  async find(db: EntityManager, id: string): Promise<CitizenRow | undefined> {
    const rows = await db.query(`SELECT z.id, ${citizenRowColumns('z')} FROM citizens z WHERE z.id = $1`, [id]);
    return rows[0];
  }

  /** The row as stored, but for the sealed CPR and name, which come beside it for the caller to open. */
  async findStored(db: EntityManager, id: string): Promise<StoredCitizen | undefined> {
    const rows = await db.query(
      `SELECT to_jsonb(z) - '{cpr_hash,cpr_encrypted,name_encrypted}'::text[] AS stored,
              cpr_encrypted AS "cprEncrypted", name_encrypted AS "nameEncrypted"
       FROM citizens z WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /** Locks the citizen's row for the rest of the caller's transaction: a referral of them waits. */
  async lock(db: EntityManager, id: string): Promise<{ pseudonymisedAt: Date | null } | undefined> {
    const rows = await db.query(`SELECT pseudonymised_at AS "pseudonymisedAt" FROM citizens WHERE id = $1 FOR UPDATE`, [
      id,
    ]);
    return rows[0];
  }

  /** Removes the name, the CPR number (sealed and hashed: it finds no one now) and the birth date; returns when. */
  async pseudonymise(db: EntityManager, id: string): Promise<Date> {
    const rows = await returnedRows<{ pseudonymisedAt: Date }>(
      db,
      `UPDATE citizens SET cpr_hash = NULL, cpr_encrypted = NULL, name_encrypted = NULL, birth_date = NULL, pseudonymised_at = now()
       WHERE id = $1 RETURNING pseudonymised_at AS "pseudonymisedAt"`,
      [id],
    );
    return rows[0].pseudonymisedAt;
  }
}
