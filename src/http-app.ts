import { type INestApplication, RequestMethod, ValidationPipe } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { HttpRequestMetrics } from './metrics/http-request-metrics';
import { PROBLEM_TYPE_BASE } from './problems/problem-details.filter';
import { validationFailed, VALIDATION_OPTIONS } from './problems/validation';
import { DASHBOARD_PATH } from './queue-dashboard/dashboard-cookie';

/** Everything main.ts and the end-to-end tests both need, so that tests drive the real thing. */
export function configureHttpApp(app: INestApplication): INestApplication {
  // Timed first, so that every answer counts: refusals by guards, 404s and the dashboard too.
  app.use(app.get(HttpRequestMetrics).measure);
  // Probes, scrapes and the dashboard page keep their well-known paths outside the API's prefix.
  app.setGlobalPrefix('api/v1', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
      { path: 'metrics', method: RequestMethod.GET },
      { path: DASHBOARD_PATH, method: RequestMethod.ALL },
    ],
  });
  app.useGlobalPipes(new ValidationPipe({ ...VALIDATION_OPTIONS, transform: true, exceptionFactory: validationFailed }));
  app.enableShutdownHooks();
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ICM course engine')
      .setDescription(`Referral, visitation and the Intensive Case Management course. Errors are RFC 9457 problem details (${PROBLEM_TYPE_BASE}...).`)
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  return app;
}
