import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { enabledLogLevels } from './config/app-config';
import { configureHttpApp } from './http-app';
import { runProcess } from './process-entry';

runProcess(async (config) => {
  const app = configureHttpApp(await NestFactory.create(AppModule, { logger: enabledLogLevels(config) }));
  await app.listen(config.PORT);
  new Logger('Bootstrap').log(`ICM API listening on ${await app.getUrl()} (docs at /api/docs)`);
});
