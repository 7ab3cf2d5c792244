import { Injectable, NotFoundException, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { problemOf, sendProblem } from '@src/problems/problem-details.filter';
import { isServicePath, WEB_APP_ROOT, webAppIndex } from './web-app-files';

/** Vite names each built asset by its content's hash: a changed file is a new name. */
const ASSETS_CACHE = 'public, max-age=31536000, immutable';

/**
 * The web application at `/` (README, "The web application"): its built files, and for any other
 * GET outside the service's own paths its entry page, so that deep links work. Mounted after every
 * Nest route and Nest's own 404 for /api/v1, so it only sees what nothing else answered; what is
 * left (an unknown /health/x, a POST to /x, any path before the app is built) is a 404 problem,
 * never Express's HTML page.
 */
@Injectable()
export class WebAppServing implements OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const app = this.adapterHost.httpAdapter?.getInstance<Express>();
    if (!app) return;
    const index = webAppIndex();
    if (index) {
      app.use(
        express.static(WEB_APP_ROOT, {
          index: false,
          setHeaders: (response, path) =>
            response.setHeader('Cache-Control', path.endsWith('.html') ? 'no-cache' : ASSETS_CACHE),
        }),
      );
      app.use((request: Request, response: Response, next: NextFunction) => {
        const isPage = (request.method === 'GET' || request.method === 'HEAD') && !isServicePath(request.path);
        if (!isPage) return next();
        response.setHeader('Cache-Control', 'no-cache');
        response.sendFile(index);
      });
    }
    app.use((request: Request, response: Response) =>
      sendProblem(response, problemOf(new NotFoundException(`Cannot ${request.method} ${request.path}`))),
    );
  }
}
