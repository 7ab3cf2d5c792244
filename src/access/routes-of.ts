import type { HttpAdapterHost } from '@nestjs/core';
import { routeKey } from './access-policy';

interface RouterLayer {
  route?: { path: string; stack: { method?: string; name: string }[] };
}

/** Nest names each controller route's handler `Controller.method`; middleware and static pages are anonymous. */
const CONTROLLER_HANDLER = /^\w+Controller\.\w+$/;

/** The controller routes the HTTP server answers, as `METHOD /path` keys of ACCESS_POLICY. */
export function routesOf(adapterHost: HttpAdapterHost): string[] {
  const express = adapterHost.httpAdapter.getInstance() as { router: { stack: RouterLayer[] } };
  return express.router.stack.flatMap(({ route }) =>
    (route?.stack ?? [])
      .filter((handler) => handler.method && CONTROLLER_HANDLER.test(handler.name))
      .map((handler) => routeKey(handler.method!, route!.path)),
  );
}
