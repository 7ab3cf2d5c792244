import type { Server } from 'node:http';
import { type BeforeApplicationShutdown, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { AppConfig } from '@src/config/app-config';

/**
 * Idle keep-alive connections stay open HTTP_KEEP_ALIVE_SECONDS, which Node announces in each
 * answer's Keep-Alive header: longer than a load balancer in front keeps its own, so that the
 * balancer, never the API, ends an idle connection. Not while the API stops: closing the server
 * waits for every connection to end, so from then on a connection closes as soon as its last
 * answer is sent, rather than holding the exit for as long.
 */
@Injectable()
export class HttpKeepAlive implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.server();
    if (server) server.keepAliveTimeout = this.config.HTTP_KEEP_ALIVE_SECONDS * 1000;
  }

  beforeApplicationShutdown(): void {
    const server = this.server();
    if (!server) return;
    // Read when an answer is finished, so this reaches the requests still in flight too (0 would mean never).
    server.keepAliveTimeout = 1;
    server.keepAliveTimeoutBuffer = 0;
  }

  private server(): Server | undefined {
    return this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
  }
}
