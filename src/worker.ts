import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { enabledLogLevels } from './config/app-config';
import { runProcess } from './process-entry';
import { WorkerModule } from './worker.module';

runProcess(async (config) => {
  const worker = await NestFactory.createApplicationContext(WorkerModule, { logger: enabledLogLevels(config) });
  worker.enableShutdownHooks();
  new Logger('Bootstrap').log('ICM worker running: outbox relay and queue processors');
});
