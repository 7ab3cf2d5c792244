import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import { CourseRuntime, type CourseTransition } from '@src/courses/course-runtime';
import { Conflict, NotFound } from '@src/problems/domain-error';
import { CourseServicesRepository } from './course-services.repository';
import { CourseServicesService } from './course-services.service';
import type { DraftPlanDto } from './dto/draft-plan.dto';
import { type PlanVersion, PlansRepository } from './plans.repository';

export type DraftedPlan = PlanVersion & Pick<CourseTransition, 'phase' | 'state'> & { courseVersion: number };

/**
 * The citizen's plan. Every draft is a new version (PLAN_DRAFTED), approving the latest draft moves
 * the course on to coordination (PLAN_APPROVED), and a reassessment back into planning asks for a
 * new version; older versions stay readable as they were drafted.
 */
@Injectable()
export class PlansService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly plans: PlansRepository,
    private readonly services: CourseServicesRepository,
    private readonly courseServices: CourseServicesService,
    private readonly runtime: CourseRuntime,
  ) {}

  async draft(caller: Caller, courseId: string, request: DraftPlanDto, expectedVersion?: number): Promise<DraftedPlan> {
    const version = (await this.plans.latestVersion(this.dataSource.manager, courseId)) + 1;
    let plan: PlanVersion | undefined;
    const transition = await this.runtime.send(courseId, { type: 'PLAN_DRAFTED', planVersion: version }, caller, {
      expectedVersion,
      alongside: async (db, course) => {
        // Under the course's lock: a draft that got in first since we read the number wins.
        if ((await this.plans.latestVersion(db, courseId)) !== version - 1) throw draftedMeanwhile(courseId);
        plan = await this.plans.insert(db, {
          courseId,
          version,
          citizenWishes: request.citizenWishes,
          resources: request.resources,
          goals: request.goals,
          services: await this.courseServices.carryIntoPlan(db, courseId, request.services),
          linkedPlans: request.linkedPlans,
          draftedBy: caller.staffId,
          eventSeq: course.version + 1,
        });
      },
    });
    return { ...plan!, phase: transition.phase, state: transition.state, courseVersion: transition.version };
  }

  /** The machine decides whether the course may take the approval; the latest draft, if any, is marked approved with it. */
  async approve(
    caller: Caller,
    courseId: string,
    expectedVersion?: number,
  ): Promise<CourseTransition & { plan: PlanVersion | null }> {
    let plan: PlanVersion | undefined;
    const transition = await this.runtime.send(courseId, { type: 'PLAN_APPROVED' }, caller, {
      expectedVersion,
      alongside: async (db) => {
        const version = await this.plans.latestVersion(db, courseId);
        plan = version > 0 ? await this.plans.approve(db, courseId, version, caller.staffId) : undefined;
      },
    });
    return { ...transition, plan: plan ?? null };
  }

  /** The latest version, with each service's status as it is now. */
  async current(courseId: string): Promise<PlanVersion> {
    const db = this.dataSource.manager;
    const plan = await this.plans.latest(db, courseId);
    if (!plan) throw new NotFound('Plan of course', courseId);
    const statusOf = new Map(
      (await this.services.listForCourse(db, courseId)).map((service) => [service.id, service.status]),
    );
    return {
      ...plan,
      services: plan.services.map((service) => ({ ...service, status: statusOf.get(service.id) ?? service.status })),
    };
  }

  async versions(courseId: string): Promise<PlanVersion[]> {
    return this.plans.list(this.dataSource.manager, courseId);
  }

  async version(courseId: string, version: number): Promise<PlanVersion> {
    const plan = await this.plans.find(this.dataSource.manager, courseId, version);
    if (!plan) throw new NotFound(`Plan version ${version} of course`, courseId);
    return plan;
  }
}

const draftedMeanwhile = (courseId: string) =>
  new Conflict(
    'plan-drafted-meanwhile',
    'Another plan version was drafted meanwhile',
    `Course ${courseId} has a newer plan version; read it and draft again`,
  );
