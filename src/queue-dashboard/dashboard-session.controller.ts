import { Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DASHBOARD_PATH, dashboardCookie } from './dashboard-cookie';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/dashboard-session')
export class DashboardSessionController {
  @Post()
  @HttpCode(204)
  @ApiOperation({
    summary: `Lets this browser open the queue dashboard at ${DASHBOARD_PATH} for 15 minutes (an HttpOnly cookie with your token)`,
  })
  @ApiNoContentResponse({
    description: 'The cookie is set',
    headers: { 'Set-Cookie': { description: 'The dashboard session cookie', schema: { type: 'string' } } },
  })
  open(@Headers('authorization') authorization: string, @Res({ passthrough: true }) response: Response): void {
    // The guard has verified the header, so it is a bearer token.
    response.setHeader('Set-Cookie', dashboardCookie(authorization.replace(/^Bearer /i, '')));
  }
}
