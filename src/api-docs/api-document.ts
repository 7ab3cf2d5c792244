import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ACCESS_POLICY } from '@src/access/access-policy';
import { PROBLEM_TYPE_BASE } from '@src/problems/problem-details.filter';
import { operationsOf } from './operations';
import { addProblemAnswers } from './problem-answers';
import { PROBLEM, PROBLEM_SCHEMA } from './problem.schema';
import { tidySuccessAnswers } from './success-answers';

const BEARER = 'bearer';

/**
 * The OpenAPI document of the app's routes, served at /api/docs (and /api/docs-json). What the
 * access policy already says, who may call a route and so which refusals it can give, is added
 * here from ACCESS_POLICY rather than repeated on every handler.
 */
export function apiDocumentOf(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('ICM course engine')
      .setDescription(
        `Referral, visitation and the Intensive Case Management course. Send a JWT as a bearer token; errors are RFC 9457 problem details (${PROBLEM_TYPE_BASE}...).`,
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
      .addSecurityRequirements(BEARER)
      .build(),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM]: PROBLEM_SCHEMA },
  };
  for (const route of operationsOf(document)) {
    const policy = ACCESS_POLICY[route.key];
    if (!policy) throw new Error(`No access policy for ${route.key}`);
    // The document's security applies to every operation but the public ones.
    if (policy.roles === 'public') route.operation.security = [];
    addProblemAnswers(route, policy);
    tidySuccessAnswers(route.operation);
  }
  return document;
}

export function serveApiDocs(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, apiDocumentOf(app));
}
