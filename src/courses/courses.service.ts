import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { engagementOf } from '@workflows/icm-course';
import type { CitizenView } from '@src/citizens/citizen-view';
import { CitizensService } from '@src/citizens/citizens.service';
import { takeOwedAccessLog } from '@src/access-log/owed-access-log';
import { NotFound } from '@src/problems/domain-error';
import { CourseMachineRegistry } from './course-machine-registry';
import { CoursesRepository } from './courses.repository';
import { acceptedEventTypes } from './event-acceptance';

export interface CourseView {
  id: string;
  phase: string;
  state: string;
  /** `engaged`, or `outreach` while an escalation ladder runs (`ended` once closed). */
  engagement: string;
  caseManagerId: string | null;
  referredBy: string;
  machineId: string;
  machineVersion: number;
  version: number;
  allowedEvents: string[];
  closureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
  citizen: CitizenView;
}

/** Reads of courses for the staff involved in them. Changes go through the CourseRuntime. */
@Injectable()
export class CoursesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly courses: CoursesRepository,
    private readonly citizens: CitizensService,
    private readonly machines: CourseMachineRegistry,
  ) {}

  async get(courseId: string): Promise<CourseView> {
    // The request's read of the course is logged by the read's own statement.
    const course = await this.courses.findWithCitizen(this.dataSource.manager, courseId, takeOwedAccessLog(courseId));
    if (!course) throw new NotFound('Course', courseId);
    const snapshot = this.machines.get(course.machineId, course.machineVersion).stepper.restore(course.snapshot);
    return {
      id: course.id,
      phase: course.phase,
      state: course.state,
      engagement: engagementOf(snapshot.value),
      caseManagerId: course.caseManagerId,
      referredBy: course.referredBy,
      machineId: course.machineId,
      machineVersion: course.machineVersion,
      version: course.version,
      allowedEvents: acceptedEventTypes(snapshot),
      closureReason: (course.snapshot.context.closureReason as string | null) ?? null,
      createdAt: course.createdAt,
      updatedAt: course.updatedAt,
      closedAt: course.closedAt,
      citizen: this.citizens.viewOf(course.citizen),
    };
  }

  events(courseId: string): Promise<object[]> {
    return this.courses.listEvents(this.dataSource.manager, courseId);
  }
}
