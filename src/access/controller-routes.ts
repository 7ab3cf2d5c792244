import { Injectable, RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, VERSION_METADATA } from '@nestjs/common/constants';
import { ApplicationConfig, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
// Not in @nestjs/core's index, but the factory Nest's router and @nestjs/swagger build every path with.
import { RoutePathFactory } from '@nestjs/core/router/route-path-factory.js';
import { routeKey } from './access-policy';

/**
 * The controller routes the app serves, as `METHOD /path` keys of ACCESS_POLICY. Read from Nest's
 * route metadata, with the global prefix, its exclusions and any versioning applied as Nest's router
 * applies them, so that the policy check holds whichever HTTP adapter serves the routes.
 */
@Injectable()
export class ControllerRoutes {
  private readonly paths: RoutePathFactory;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly config: ApplicationConfig,
  ) {
    this.paths = new RoutePathFactory(config);
  }

  keys(): string[] {
    return this.discovery
      .getControllers()
      .flatMap(({ metatype }) => (metatype ? this.keysOf(metatype as Type<object>) : []));
  }

  private keysOf(controller: Type<object>): string[] {
    const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
    const controllerPaths = [this.reflector.get<string | string[]>(PATH_METADATA, controller)].flat();
    return this.scanner.getAllMethodNames(prototype).flatMap((name) => {
      const handler = prototype[name];
      const method = this.reflector.get<RequestMethod | undefined>(METHOD_METADATA, handler);
      const methodPaths = this.reflector.get<string | string[] | undefined>(PATH_METADATA, handler);
      if (method === undefined || methodPaths === undefined) return [];
      return controllerPaths.flatMap((ctrlPath) =>
        [methodPaths].flat().flatMap((methodPath) =>
          this.paths
            .create(
              {
                ctrlPath,
                methodPath,
                globalPrefix: this.config.getGlobalPrefix(),
                controllerVersion: this.reflector.get(VERSION_METADATA, controller),
                methodVersion: this.reflector.get(VERSION_METADATA, handler),
                versioningOptions: this.config.getVersioning(),
              },
              method,
            )
            .map((path) => routeKey(RequestMethod[method], path)),
        ),
      );
    });
  }
}
