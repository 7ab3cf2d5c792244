import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller } from '@src/auth/decorators';
import type { Caller } from '@src/auth/roles';
import { ApiConflict, COURSE_EVENT_CONFLICTS } from '@src/openapi/api-conflict.decorator';
import { AcceptsIfMatch, ExpectedVersion } from '@src/courses/if-match';
import { uuidParam } from '@src/problems/uuid-param';
import type { CourseService } from './course-services.repository';
import { CourseServicesService } from './course-services.service';
import { ChangeServiceStatusDto } from './dto/change-service-status.dto';
import { ChangedServiceAnswer, CourseServiceAnswer, CourseServiceHistoryAnswer } from './dto/course-service.answer';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('courses/:id/services')
export class CourseServicesController {
  constructor(private readonly services: CourseServicesService) {}

  @Get()
  @ApiOperation({ summary: 'The services the course coordinates, with their current status' })
  @ApiOkResponse({ type: [CourseServiceAnswer] })
  list(@Param('id', uuidParam()) id: string): Promise<CourseService[]> {
    return this.services.list(id);
  }

  @Get(':serviceId')
  @ApiOperation({ summary: 'One service with the history of its statuses' })
  @ApiOkResponse({ type: CourseServiceHistoryAnswer })
  get(
    @Param('id', uuidParam()) id: string,
    @Param('serviceId', uuidParam('serviceId')) serviceId: string,
  ): Promise<CourseService & { history: object[] }> {
    return this.services.get(id, serviceId);
  }

  @Post(':serviceId/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a service on: requested -> started <-> paused, and ended from any of them' })
  @ApiOkResponse({ type: ChangedServiceAnswer })
  @ApiConflict(
    '`service-status-not-allowed`: the service cannot move to that status from its own (`allowedStatuses`).',
    '`service-status-changed`: the service moved meanwhile (`currentStatus`).',
    ...COURSE_EVENT_CONFLICTS,
  )
  @AcceptsIfMatch()
  changeStatus(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Param('serviceId', uuidParam('serviceId')) serviceId: string,
    @Body() body: ChangeServiceStatusDto,
    @ExpectedVersion() expectedVersion: number | undefined,
  ): Promise<CourseService & { courseVersion: number }> {
    return this.services.changeStatus(caller, id, serviceId, body, expectedVersion);
  }
}
