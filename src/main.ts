import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module';
import { configureHttpApp } from './http-app';
import { JsonLogger, jsonLines } from './logging/json-logger';
import { runProcess } from './process-entry';

runProcess(async (config) => {
  const logger = new JsonLogger(jsonLines(config.LOG_LEVEL, 'api'));
  const app = configureHttpApp(await NestFactory.create(AppModule, { logger }));
  await app.listen(config.PORT);
  new Logger('Bootstrap').log(`ICM API listening on ${await app.getUrl()} (docs at /api/docs)`);
});
