import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, QueryFailedError } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import { CitizensRepository } from '@src/citizens/citizens.repository';
import { AppConfig } from '@src/config/app-config';
import { CourseRuntime } from '@src/courses/course-runtime';
import { CoursesRepository } from '@src/courses/courses.repository';
import { Conflict, NotFound } from '@src/problems/domain-error';
import { maskedCpr, parseCpr } from '@src/citizens/cpr';
import type { CreateReferralDto } from './dto/create-referral.dto';
import { visitationReviewSeconds } from '@src/courses/course-facts.repository';
import type { VisitationQueueQueryDto } from './dto/visitation-queue-query.dto';
import { type EligibilitySummary, summarizeEligibility } from './eligibility';
import { type QueuedReferral, ReferralsRepository } from './referrals.repository';

export type QueueEntry = Omit<QueuedReferral, 'birthDate'> & {
  citizen: { cpr: string };
  eligibility: EligibilitySummary;
};

export interface ReferralReceipt {
  id: string;
  courseId: string;
  state: string;
}

@Injectable()
export class ReferralsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly citizens: CitizensRepository,
    private readonly courses: CoursesRepository,
    private readonly referrals: ReferralsRepository,
    private readonly runtime: CourseRuntime,
  ) {}

  /** Registers (or finds) the citizen and opens their course in the referral phase, atomically. */
  async refer(caller: Caller, referral: CreateReferralDto): Promise<ReferralReceipt> {
    const cpr = parseCpr(referral.citizen.cpr)!;
    try {
      return await this.dataSource.transaction(async (db) => {
        const citizenId = await this.citizens.findOrRegister(db, cpr, referral.citizen.name);
        await this.refuseIfOpen(await this.courses.openCourseOf(db, citizenId));
        const course = await this.runtime.open(db, caller, {
          citizenId,
          quorum: this.config.VISITATION_QUORUM,
          payload: { problemAreas: referral.problemAreas, housingSituation: referral.housingSituation },
        });
        const id = await this.referrals.insert(db, {
          courseId: course.courseId,
          citizenId,
          referredBy: caller.staffId,
          details: referral,
        });
        return { id, courseId: course.courseId, state: course.state };
      });
    } catch (error) {
      // Two referrals of one citizen at the same moment: the unique index lets one through.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { constraint?: string }).constraint === 'courses_one_open_per_citizen'
      ) {
        const db = this.dataSource.manager;
        const citizenId = await this.citizens.findIdByCpr(db, cpr);
        if (citizenId) await this.refuseIfOpen(await this.courses.openCourseOf(db, citizenId));
      }
      throw error;
    }
  }

  /** A caseworker sees the referrals they made; a committee member those before their committee. */
  async queue(caller: Caller, query: VisitationQueueQueryDto): Promise<QueueEntry[]> {
    const rows = await this.referrals.queue(this.dataSource.manager, query.status, query, {
      staffId: caller.staffId,
      asCommittee: caller.roles.includes('committee_member'),
      reviewSeconds: visitationReviewSeconds(this.config),
    });
    const today = new Date();
    return rows.map((row) => this.asEntry(row, today));
  }

  /** The referral that opened a course (the access guard has checked the caller sees the course). */
  async ofCourse(courseId: string): Promise<QueueEntry> {
    const row = await this.referrals.ofCourse(this.dataSource.manager, courseId);
    if (!row) throw new NotFound('Referral of course', courseId);
    return this.asEntry(row, new Date());
  }

  private asEntry({ birthDate, ...referral }: QueuedReferral, today: Date): QueueEntry {
    return {
      ...referral,
      citizen: { cpr: maskedCpr(birthDate) },
      eligibility: summarizeEligibility({ ...referral, birthDate }, this.config.ELIGIBILITY_MIN_PROBLEM_AREAS, today),
    };
  }

  private async refuseIfOpen(openCourseId: string | undefined): Promise<void> {
    if (openCourseId) {
      throw new Conflict(
        'open-course-exists',
        'The citizen already has an open ICM course',
        `The citizen's open course is ${openCourseId}`,
        {
          courseId: openCourseId,
        },
      );
    }
  }
}
