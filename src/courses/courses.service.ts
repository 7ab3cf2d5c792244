import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { engagementOf } from '@workflows/icm-course';
import type { CitizenView } from '@src/citizens/citizen-view';
import { CitizensService } from '@src/citizens/citizens.service';
import { takeOwedRead } from '@src/access-log/owed-access-log';
import { admitToCourse } from '@src/auth/course-admission';
import { relatedRole } from '@src/auth/course-relation';
import { factsOf } from './course-facts.repository';
import { CourseMachineRegistry } from './course-machine-registry';
import { CoursesRepository, type LoggedCourseRead } from './courses.repository';

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

  /**
   * The course, for the request reading it (ACCESS_POLICY leaves the decision to this read): one
   * statement reads it with its facts and logs the read where the caller relates to it, and the
   * access rule decides from those facts. Nothing is answered unless the statement logged the read
   * in the role the rule names; were the rule's two statements ever to disagree, the request fails.
   */
  async get(courseId: string): Promise<CourseView> {
    const read = takeOwedRead(courseId);
    if (!read) throw new Error(`The read of course ${courseId} is owed by no request`);
    const course = await this.courses.readLogged(this.dataSource.manager, courseId, read);
    const facts = course && factsOf(course);
    const role = facts && relatedRole(read.caller, read.allowedRoles, facts);
    if ((course?.loggedRole ?? undefined) !== role)
      throw new Error(`The access rule in SQL and in code disagree on the read of course ${courseId}`);
    admitToCourse(read.caller, read.allowedRoles, facts, 'Course', courseId);
    // Admitted, so read and logged with its citizen.
    return this.viewOf(course!);
  }

  private viewOf(course: LoggedCourseRead): CourseView {
    const { stepper } = this.machines.get(course.machineId, course.machineVersion);
    return {
      id: course.id,
      phase: course.phase,
      state: course.state,
      engagement: engagementOf(course.snapshot.value),
      caseManagerId: course.caseManagerId,
      referredBy: course.referredBy,
      machineId: course.machineId,
      machineVersion: course.machineVersion,
      version: course.version,
      allowedEvents: stepper.acceptedEventTypes(course.snapshot),
      closureReason: (course.snapshot.context.closureReason as string | null) ?? null,
      createdAt: course.createdAt,
      updatedAt: course.updatedAt,
      closedAt: course.closedAt,
      citizen: this.citizens.viewOf(course.citizen!),
    };
  }

  events(courseId: string): Promise<object[]> {
    return this.courses.listEvents(this.dataSource.manager, courseId);
  }
}
