import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type CitizenView, toCitizenView } from './citizen-view';
import { CitizensRepository } from './citizens.repository';
import { PersonalDataCipher } from './personal-data-cipher';

@Injectable()
export class CitizensService {
  constructor(
    private readonly citizens: CitizensRepository,
    private readonly cipher: PersonalDataCipher,
  ) {}

  async view(db: EntityManager, citizenId: string): Promise<CitizenView> {
    const row = await this.citizens.find(db, citizenId);
    if (!row) throw new Error(`Course refers to a missing citizen ${citizenId}`);
    return toCitizenView(row, this.cipher.decrypt(row.nameEncrypted), new Date());
  }
}
