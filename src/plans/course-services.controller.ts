import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, Roles } from '../auth/decorators';
import type { Caller } from '../auth/roles';
import { uuidParam } from '../problems/uuid-param';
import type { CourseService } from './course-services.repository';
import { CourseServicesService } from './course-services.service';
import { ChangeServiceStatusDto } from './dto/change-service-status.dto';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('courses/:id/services')
export class CourseServicesController {
  constructor(private readonly services: CourseServicesService) {}

  @Get()
  @ApiOperation({ summary: 'The services the course coordinates, with their current status' })
  list(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string): Promise<CourseService[]> {
    return this.services.list(caller, id);
  }

  @Get(':serviceId')
  @ApiOperation({ summary: 'One service with the history of its statuses' })
  get(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Param('serviceId', uuidParam('serviceId')) serviceId: string) {
    return this.services.get(caller, id, serviceId);
  }

  @Post(':serviceId/status')
  @HttpCode(200)
  @Roles('case_manager', 'team_lead')
  @ApiOperation({ summary: 'Move a service on: requested -> started <-> paused, and ended from any of them' })
  changeStatus(
    @CurrentCaller() caller: Caller,
    @Param('id', uuidParam()) id: string,
    @Param('serviceId', uuidParam('serviceId')) serviceId: string,
    @Body() body: ChangeServiceStatusDto,
  ) {
    return this.services.changeStatus(caller, id, serviceId, body);
  }
}
