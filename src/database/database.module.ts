import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@src/config/app-config';
import { dataSourceOptions } from './data-source-options';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) =>
        dataSourceOptions(config.DATABASE_URL, {
          poolSize: config.DATABASE_POOL_SIZE,
          idleSeconds: config.DATABASE_IDLE_SECONDS,
          role: config.DATABASE_ROLE,
        }),
    }),
  ],
})
export class DatabaseModule {}
