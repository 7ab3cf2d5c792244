import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { AppConfig } from '@src/config/app-config';
import { Unauthenticated } from '@src/problems/domain-error';
import { mayScrape } from './metrics-token';

/** Prometheus scrapes the API here; staff tokens are not used (README, "Metrics"). */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly registry: Registry,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      "The API process's metrics for Prometheus; with METRICS_TOKEN set, send it as a bearer token (not a staff JWT)",
  })
  @ApiProduces(Registry.PROMETHEUS_CONTENT_TYPE)
  @ApiOkResponse({ schema: { type: 'string', description: 'The Prometheus text format' } })
  @ApiUnauthorizedResponse({ description: 'METRICS_TOKEN is set and the request does not carry it.' })
  async scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!mayScrape(authorization, this.config.METRICS_TOKEN))
      throw new Unauthenticated('Send the metrics token as a bearer token');
    return this.registry.metrics();
  }
}
