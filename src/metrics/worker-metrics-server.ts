import { createServer, type Server } from 'node:http';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Registry } from 'prom-client';
import { AppConfig } from '@src/config/app-config';
import { PROBLEM_TYPE_BASE } from '@src/problems/problem-details.filter';
import { mayScrape } from './metrics-token';

/**
 * The worker has no HTTP API, so it serves its metrics (job failures, timer lateness, reminders,
 * course events of fired timers) from a listener of its own on WORKER_METRICS_PORT, when set.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerMetricsServer.name);
  private server?: Server;

  constructor(
    private readonly registry: Registry,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.WORKER_METRICS_PORT;
    if (port === undefined) return;
    const server = createServer((request, response) => {
      if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
        response.writeHead(404).end();
      } else if (!mayScrape(request.headers.authorization, this.config.METRICS_TOKEN)) {
        const problem = {
          type: `${PROBLEM_TYPE_BASE}unauthenticated`,
          title: 'Authentication required',
          status: 401,
          detail: 'Send the metrics token as a bearer token',
        };
        response.writeHead(401, { 'Content-Type': 'application/problem+json' }).end(JSON.stringify(problem));
      } else {
        this.registry.metrics().then(
          (text) => response.writeHead(200, { 'Content-Type': this.registry.contentType }).end(text),
          () => response.writeHead(500).end(),
        );
      }
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, resolve));
    this.server = server;
    this.logger.log(`Worker metrics at http://0.0.0.0:${port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}
