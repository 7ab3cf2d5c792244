import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CitizenRow, type CitizenView, pseudonymOf, toCitizenView } from './citizen-view';
import { CitizensRepository } from './citizens.repository';
import { type CprNumber, formattedCpr } from './cpr';
import { PersonalDataCipher } from './personal-data-cipher';

@Injectable()
export class CitizensService {
  constructor(
    private readonly citizens: CitizensRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** The citizen the CPR number names, found by its keyed hash; none once pseudonymised (the hash is gone). */
  async findByCpr(db: EntityManager, cpr: CprNumber): Promise<CitizenView | undefined> {
    const id = await this.citizens.findIdByCpr(db, cpr);
    const row = id === undefined ? undefined : await this.citizens.find(db, id);
    return row && this.viewOf(row);
  }

  /** A row read beside others (see citizenRowColumns) as staff see it: the name opened, the CPR masked. */
  viewOf(row: CitizenRow): CitizenView {
    return toCitizenView(row, row.nameEncrypted && this.cipher.decrypt(row.nameEncrypted), new Date());
  }

  /**
   * Everything stored about the citizen, with the name and the full CPR number opened: only for the
   * citizen's own access request. A pseudonymised citizen shows the pseudonym and no CPR number.
   */
  async disclosed(db: EntityManager, citizenId: string): Promise<Record<string, unknown> | undefined> {
    const found = await this.citizens.findStored(db, citizenId);
    if (!found) return undefined;
    const { stored, cprEncrypted, nameEncrypted } = found;
    return {
      ...stored,
      name: nameEncrypted ? this.cipher.decrypt(nameEncrypted) : pseudonymOf(citizenId),
      cpr: cprEncrypted && formattedCpr(this.cipher.decrypt(cprEncrypted)),
    };
  }
}
