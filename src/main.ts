import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { AppConfig, ConfigurationError, loadConfig } from './config/app-config';
import { configureHttpApp } from './http-app';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.create(AppModule, { logger: [config.LOG_LEVEL as 'log'] });
  configureHttpApp(app);
  await app.listen(app.get(AppConfig).PORT);
  new Logger('Bootstrap').log(`ICM API listening on ${await app.getUrl()} (docs at /api/docs)`);
}

bootstrap().catch((error: unknown) => {
  // Configuration errors name the variable and are safe to print; anything else prints its name only.
  process.stderr.write(`${error instanceof ConfigurationError ? error.message : `Start-up failed: ${(error as Error).message}`}\n`);
  process.exit(1);
});
