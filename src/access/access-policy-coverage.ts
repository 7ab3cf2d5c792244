import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { ACCESS_POLICY } from './access-policy';
import { routesOf } from './routes-of';

/** Refuses to start an API with a route that ACCESS_POLICY does not name: no route goes unguarded. */
@Injectable()
export class AccessPolicyCoverage implements OnApplicationBootstrap {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const unguarded = routesOf(this.adapterHost).filter((route) => !(route in ACCESS_POLICY));
    if (unguarded.length > 0) throw new Error(`Routes without an access policy: ${unguarded.join(', ')}`);
  }
}
