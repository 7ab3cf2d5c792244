import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { ACCESS_POLICY } from './access-policy';
import { ControllerRoutes } from './controller-routes';

/** Refuses to start an API with a route that ACCESS_POLICY does not name: no route goes unguarded. */
@Injectable()
export class AccessPolicyCoverage implements OnApplicationBootstrap {
  constructor(private readonly routes: ControllerRoutes) {}

  onApplicationBootstrap(): void {
    const unguarded = this.routes.keys().filter((route) => !(route in ACCESS_POLICY));
    if (unguarded.length > 0) throw new Error(`Routes without an access policy: ${unguarded.join(', ')}`);
  }
}
