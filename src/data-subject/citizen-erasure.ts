import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { pseudonymOf } from '@src/citizens/citizen-view';
import { CitizensRepository } from '@src/citizens/citizens.repository';
import { AppConfig } from '@src/config/app-config';
import { Conflict, NotFound } from '@src/problems/domain-error';
import { type RetentionState, ErasureRepository } from './erasure.repository';
import { PERSONAL_DATA_TABLES } from './personal-data-tables';
import { PersonalRecordsRepository } from './personal-records.repository';
import { QueuedNotifications } from './queued-notifications';

export interface ErasureReceipt {
  citizenId: string;
  pseudonym: string;
  pseudonymisedAt: Date;
}

/** Citizens the scheduled erasure pseudonymises per look for more; each still in its own transaction. */
const BATCH = 100;

/**
 * Erasure by pseudonymisation (GDPR art. 17, once the retention has run out): the citizen's name,
 * CPR number and birth date go, and every free text about them, while the codes, times and
 * numbers the outcome and fidelity reports count stay. One transaction per citizen, under a lock on
 * the citizen's row, so a referral of the same citizen either comes first (and is refused here as
 * an open course) or waits and finds no one by the CPR number.
 */
@Injectable()
export class CitizenErasure {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly citizens: CitizensRepository,
    private readonly erasure: ErasureRepository,
    private readonly records: PersonalRecordsRepository,
    private readonly queued: QueuedNotifications,
  ) {}

  /** Pseudonymises one citizen, or refuses naming the rule; a pseudonymised citizen is answered as they are. */
  erase(citizenId: string): Promise<ErasureReceipt> {
    return this.dataSource.transaction(async (db) => {
      const citizen = await this.citizens.lock(db, citizenId);
      if (!citizen) throw new NotFound('Citizen', citizenId);
      if (citizen.pseudonymisedAt) return receipt(citizenId, citizen.pseudonymisedAt);
      const state = await this.erasure.retentionOf(db, citizenId, this.config.CITIZEN_DATA_RETENTION);
      this.refuseUnlessErasable(state);
      await this.pseudonymiseRecords(db, citizenId, state.courseIds);
      return receipt(citizenId, await this.citizens.pseudonymise(db, citizenId));
    });
  }

  /** Every citizen whose retention has run out, a batch at a time; returns how many were pseudonymised. */
  async eraseAllErasable(): Promise<number> {
    let erased = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await this.erasure.erasableCitizens(
        this.dataSource.manager,
        this.config.CITIZEN_DATA_RETENTION,
        after,
        BATCH,
      );
      for (const citizenId of batch) if (await this.eraseIfStillErasable(citizenId)) erased += 1;
      if (batch.length < BATCH) return erased;
      after = batch[batch.length - 1];
    }
  }

  /** A citizen referred again since the batch was read has an open course now: left as they are. */
  private async eraseIfStillErasable(citizenId: string): Promise<boolean> {
    try {
      await this.erase(citizenId);
      return true;
    } catch (error) {
      if (error instanceof Conflict) return false;
      throw error;
    }
  }

  private refuseUnlessErasable({ openCourseId, lastClosedAt, erasableFrom, erasable }: RetentionState): void {
    const retention = this.config.CITIZEN_DATA_RETENTION;
    if (openCourseId) {
      throw new Conflict(
        'course-open',
        'The citizen has an open course',
        `A citizen is erased only when no course of theirs is open; course ${openCourseId} is`,
        {
          courseId: openCourseId,
        },
      );
    }
    if (!erasable) {
      throw new Conflict(
        'retention-running',
        'The retention period has not run out',
        `A citizen's data is kept for CITIZEN_DATA_RETENTION (${retention}) after their last course closed (${lastClosedAt!.toISOString()}); it may be erased from ${erasableFrom!.toISOString()}`,
        { retention, lastClosedAt, erasableFrom },
      );
    }
  }

  private async pseudonymiseRecords(db: EntityManager, citizenId: string, courseIds: string[]): Promise<void> {
    await this.erasure.keepAgeAtReferral(db, citizenId);
    await this.erasure.allowPayloadRewrites(db);
    for (const table of PERSONAL_DATA_TABLES) {
      const owners = table.of === 'course' ? courseIds : [citizenId];
      if (owners.length === 0 || table.erase === 'keep') continue;
      if (table.erase === 'delete') await this.records.deleteRows(db, table, owners);
      else await this.records.eraseColumns(db, table, table.erase.columns, owners);
    }
    // Last, and before the commit: Redis failing rolls the erasure back, for the next run to repeat.
    await this.queued.remove(await this.erasure.notifyRows(db, citizenId));
  }
}

const receipt = (citizenId: string, pseudonymisedAt: Date): ErasureReceipt => ({
  citizenId,
  pseudonym: pseudonymOf(citizenId),
  pseudonymisedAt,
});
