import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JsonLogger, jsonLines } from './logging/json-logger';
import { runProcess } from './process-entry';
import { WorkerModule } from './worker.module';

runProcess(async (config) => {
  const logger = new JsonLogger(jsonLines(config.LOG_LEVEL, 'worker'));
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger });
  worker.enableShutdownHooks();
  new Logger('Bootstrap').log('ICM worker running: outbox relay and queue processors');
});
