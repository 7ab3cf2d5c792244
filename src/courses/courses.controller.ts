import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { ValidationFailed } from '@src/problems/domain-error';
import { ApiConflict, CASELOAD_FULL, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { uuidParam } from '@src/problems/uuid-param';
import { CourseRuntime, type CourseTransition } from './course-runtime';
import { AcceptsIfMatch, ExpectedVersion } from './if-match';
import { type CourseView, CoursesService } from './courses.service';
import { COURSE_ETAG, CourseAnswer } from './dto/course.answer';
import { CourseEventBody } from './dto/course-event-body';
import { CourseEventAnswer } from './dto/course-event.answer';
import { COURSE_EVENT_EXAMPLES } from './dto/course-event-examples';
import { CourseTransitionAnswer } from './dto/course-transition.answer';
import { COURSE_EVENT_CATALOG, isCourseEventType } from './events/course-event-catalog';

@ApiTags('courses')
@ApiBearerAuth()
@Controller('courses')
export class CoursesController {
  constructor(
    private readonly courses: CoursesService,
    private readonly runtime: CourseRuntime,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'A course, for the staff involved in it; the CPR number is masked' })
  @ApiOkResponse({ type: CourseAnswer, headers: COURSE_ETAG })
  async get(@Param('id', uuidParam()) id: string, @Res({ passthrough: true }) response: Response): Promise<CourseView> {
    const course = await this.courses.get(id);
    response.setHeader('ETag', `"${course.version}"`);
    return course;
  }

  @Get(':id/events')
  @ApiOperation({ summary: "The course's append-only event log, oldest first" })
  @ApiOkResponse({ type: [CourseEventAnswer] })
  events(@Param('id', uuidParam()) id: string): Promise<object[]> {
    return this.courses.events(id);
  }

  @Post(':id/events')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a lifecycle event; 409 lists the events the course accepts now' })
  @ApiBody({ type: CourseEventBody, examples: COURSE_EVENT_EXAMPLES })
  @ApiOkResponse({ type: CourseTransitionAnswer, headers: COURSE_ETAG })
  @ApiConflict(...COURSE_EVENT_CONFLICTS, CASELOAD_FULL)
  @AcceptsIfMatch()
  async send(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Body() body: Record<string, unknown>,
    @ExpectedVersion() expectedVersion: number | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CourseTransition> {
    const result = await this.runtime.send(id, body ?? {}, caller, {
      expectedVersion,
      refuse: refuseEventsOfOtherRoutes,
    });
    response.setHeader('ETag', `"${result.version}"`);
    return result;
  }
}

/** Appointment, contact and escalation events belong with their rows, so only their own routes send them. */
function refuseEventsOfOtherRoutes(body: Record<string, unknown>): void {
  const sentThrough = isCourseEventType(body.type) ? COURSE_EVENT_CATALOG[body.type].sentThrough : undefined;
  if (sentThrough)
    throw new ValidationFailed([{ field: 'type', messages: [`${String(body.type)} is sent through ${sentThrough}`] }]);
}
