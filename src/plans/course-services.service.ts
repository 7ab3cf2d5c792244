import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '@src/auth/roles';
import { CourseRuntime } from '@src/courses/course-runtime';
import { Conflict, NotFound, ValidationFailed } from '@src/problems/domain-error';
import { type CourseService, CourseServicesRepository } from './course-services.repository';
import type { ChangeServiceStatusDto } from './dto/change-service-status.dto';
import type { PlanServiceDto } from './dto/draft-plan.dto';
import type { PlannedService } from './plans.repository';
import { canMove, movesFrom } from './service-status-moves';

/**
 * The services a course coordinates. A plan version names them; their statuses then move as the
 * case manager coordinates, each move a course event written with its history row.
 */
@Injectable()
export class CourseServicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly services: CourseServicesRepository,
    private readonly runtime: CourseRuntime,
  ) {}

  async list(courseId: string): Promise<CourseService[]> {
    return this.services.listForCourse(this.dataSource.manager, courseId);
  }

  async get(courseId: string, id: string): Promise<CourseService & { history: object[] }> {
    const db = this.dataSource.manager;
    const service = await this.serviceOf(courseId, id);
    return { ...service, history: await this.services.history(db, courseId, id) };
  }

  /**
   * The services of a plan version being drafted, in the drafting event's transaction: new ones are
   * added, carried-over ones described anew with their status unchanged.
   */
  async carryIntoPlan(db: EntityManager, courseId: string, planned: PlanServiceDto[]): Promise<PlannedService[]> {
    const result: PlannedService[] = [];
    for (const [index, service] of planned.entries()) {
      const description = { kind: service.kind, provider: service.provider ?? null, contact: service.contact };
      const row = service.id
        ? await this.carriedOver(db, courseId, index, service)
        : await this.services.insert(db, {
            ...description,
            id: randomUUID(),
            courseId,
            status: service.status ?? 'requested',
          });
      result.push({ id: row.id, ...description, status: row.status });
    }
    return result;
  }

  async changeStatus(
    caller: Caller,
    courseId: string,
    id: string,
    request: ChangeServiceStatusDto,
    expectedVersion?: number,
  ): Promise<CourseService & { courseVersion: number }> {
    const current = await this.serviceOf(courseId, id);
    refuseMove(current, request.status);
    let changed: CourseService | undefined;
    // No course event of its own exists for a service's move, so it is logged as a note (README, "Plans").
    const note = { type: 'NOTE_ADDED', text: describeMove(current, request) };
    const transition = await this.runtime.send(courseId, note, caller, {
      expectedVersion,
      alongside: async (db, course) => {
        const locked = await this.services.find(db, courseId, id);
        if (locked!.status !== current.status) throw statusChangedMeanwhile(locked!);
        changed = await this.services.changeStatus(db, {
          serviceId: id,
          courseId,
          from: current.status,
          to: request.status,
          note: request.note ?? null,
          changedBy: caller.staffId,
          eventSeq: course.version + 1,
        });
      },
    });
    return { ...changed!, courseVersion: transition.version };
  }

  private async carriedOver(
    db: EntityManager,
    courseId: string,
    index: number,
    service: PlanServiceDto,
  ): Promise<CourseService> {
    if (service.status !== undefined) {
      throw new ValidationFailed([
        {
          field: `services.${index}.status`,
          messages: ["a carried-over service's status changes through its status route"],
        },
      ]);
    }
    const row = await this.services.updateDescription(db, courseId, service.id!, {
      kind: service.kind,
      provider: service.provider ?? null,
      contact: service.contact,
    });
    if (!row)
      throw new ValidationFailed([{ field: `services.${index}.id`, messages: ['is not a service of this course'] }]);
    return row;
  }

  private async serviceOf(courseId: string, id: string): Promise<CourseService> {
    const service = await this.services.find(this.dataSource.manager, courseId, id);
    if (!service) throw new NotFound('Service', id);
    return service;
  }
}

function refuseMove(service: CourseService, to: ChangeServiceStatusDto['status']): void {
  if (canMove(service.status, to)) return;
  throw new Conflict(
    'service-status-not-allowed',
    'The service cannot move to that status',
    `A ${service.status} service cannot become ${to}`,
    {
      allowedStatuses: movesFrom(service.status),
    },
  );
}

const describeMove = (service: CourseService, request: ChangeServiceStatusDto) =>
  `Service ${service.kind}${service.provider ? ` (${service.provider})` : ''}: ${service.status} -> ${request.status}${request.note ? `. ${request.note}` : ''}`;

const statusChangedMeanwhile = (service: CourseService) =>
  new Conflict(
    'service-status-changed',
    'The service changed meanwhile',
    `Service ${service.id} is now ${service.status}; read it again`,
    {
      currentStatus: service.status,
    },
  );
