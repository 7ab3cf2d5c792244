import type { INestApplication, INestApplicationContext, LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { AppModule } from '@src/app.module';
import { signDevelopmentToken } from '@src/auth/development-token';
import { AppConfig, loadConfig } from '@src/config/app-config';
import type { Role } from '@src/auth/roles';
import { COURSE_MACHINES, type CourseMachineDefinition } from '@src/courses/course-machines';
import { configureHttpApp } from '@src/http-app';
import { WorkerModule } from '@src/worker.module';
import { TEST_ENV } from './test-env';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  db: DataSource;
  close(): Promise<void>;
}

/** Boots the real application (same module, same HTTP setup as main.ts) on a random port. */
export async function startApp(
  options: {
    machines?: CourseMachineDefinition[];
    env?: Record<string, string>;
    logger?: LoggerService;
    /** A fixed port, for a PUBLIC_URL that must point back at this app; a spare one otherwise. */
    port?: number;
  } = {},
): Promise<TestApp> {
  let builder = Test.createTestingModule({ imports: [AppModule] });
  if (options.machines) builder = builder.overrideProvider(COURSE_MACHINES).useValue(options.machines);
  if (options.env)
    builder = builder.overrideProvider(AppConfig).useValue(loadConfig({ ...process.env, ...options.env }));
  const app = configureHttpApp((await builder.compile()).createNestApplication({ logger: options.logger ?? false }));
  // A failed start closes what it opened, so that jest reports the error instead of hanging on pools.
  await app.listen(options.port ?? 0, '127.0.0.1').catch(async (error: unknown) => {
    await app.close().catch(() => undefined);
    throw error;
  });
  return {
    app,
    http: request(app.getHttpServer()),
    db: app.get<DataSource>(getDataSourceToken()),
    close: () => app.close(),
  };
}

export const tokenFor = (staffId: string, ...roles: Role[]) =>
  signDevelopmentToken(TEST_ENV.JWT_SECRET, { sub: staffId, roles });

export const bearer = async (staffId: string, ...roles: Role[]) => `Bearer ${await tokenFor(staffId, ...roles)}`;

export interface TestWorker {
  context: INestApplicationContext;
  close(): Promise<void>;
}

/** Boots the real worker (outbox relay and processors) in this process. */
export async function startWorker(options: { env?: Record<string, string> } = {}): Promise<TestWorker> {
  let builder = Test.createTestingModule({ imports: [WorkerModule] });
  if (options.env)
    builder = builder.overrideProvider(AppConfig).useValue(loadConfig({ ...process.env, ...options.env }));
  const context = await builder.compile();
  context.useLogger(false);
  await context.init();
  return { context, close: () => context.close() };
}
