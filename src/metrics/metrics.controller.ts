import { Controller, Get, Header, Headers } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Registry } from 'prom-client';
import { Public } from '../auth/decorators';
import { AppConfig } from '../config/app-config';
import { Unauthenticated } from '../problems/domain-error';
import { mayScrape } from './metrics-token';

/** Prometheus scrapes the API here; staff tokens are not used (README, "Metrics"). */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly registry: Registry,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @Header('Content-Type', Registry.PROMETHEUS_CONTENT_TYPE)
  @Header('Cache-Control', 'no-store')
  async scrape(@Headers('authorization') authorization: string | undefined): Promise<string> {
    if (!mayScrape(authorization, this.config.METRICS_TOKEN)) throw new Unauthenticated('Send the metrics token as a bearer token');
    return this.registry.metrics();
  }
}
