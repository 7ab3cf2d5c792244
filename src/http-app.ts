import { type INestApplication, RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { AppConfig } from './config/app-config';
import { REQUEST_ID_HEADER } from './logging/request-id';
import { tagWithRequestId } from './logging/request-id.middleware';
import { logRequest } from './logging/request-log.middleware';
import { HttpRequestMetrics } from './metrics/http-request-metrics';
import { serveApiDocs } from './api-docs/api-document';
import { RequestValidationPipe } from './problems/validation';
import { DASHBOARD_PATH } from './queue-dashboard/dashboard-cookie';

/** Everything main.ts and the end-to-end tests both need, so that tests drive the real thing. */
export function configureHttpApp(app: INestApplication): INestApplication {
  const config = app.get(AppConfig);
  // The request id first, so that every answer carries one and every later line logs it.
  app.use(tagWithRequestId);
  app.use(logRequest);
  // Timed early, so that every answer counts: refusals by guards, 404s and the dashboard too.
  app.use(app.get(HttpRequestMetrics).measure);
  harden(app as NestExpressApplication, config);
  // Probes, scrapes and the dashboard page keep their well-known paths outside the API's prefix.
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: DASHBOARD_PATH, method: RequestMethod.ALL },
    ],
  });
  app.useGlobalPipes(new RequestValidationPipe());
  app.enableShutdownHooks();
  serveApiDocs(app);
  return app;
}

/**
 * Helmet's security headers; CORS closed unless CORS_ORIGINS names the browser origins allowed
 * (tokens travel in a header, never a cookie, so no credentials); bodies up to BODY_LIMIT (413 past it).
 */
function harden(app: NestExpressApplication, config: AppConfig): void {
  if (config.TRUST_PROXY)
    app.set('trust proxy', /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // The web application reads the identity provider's discovery document and redeems its
        // code there: the one origin besides its own that it may call.
        directives: { connectSrc: ["'self'", ...(config.OIDC_ISSUER ? [new URL(config.OIDC_ISSUER).origin] : [])] },
      },
    }),
  );
  const origins = config.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  app.enableCors({
    origin: origins.length > 0 ? origins : false,
    exposedHeaders: [REQUEST_ID_HEADER, 'ETag', 'Retry-After'],
  });
  // Registered before Nest's own parsers, which then stand aside.
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: true });
}
