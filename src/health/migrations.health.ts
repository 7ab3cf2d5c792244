import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Up when every migration this build carries is applied: a process newer than its schema is not ready. */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isApplied(key = 'migrations') {
    const indicator = this.indicators.check(key);
    try {
      const rows: { name: string }[] = await this.dataSource.query(
        `SELECT name FROM ${this.dataSource.options.migrationsTableName}`,
      );
      const applied = new Set(rows.map((row) => row.name));
      const pending = this.dataSource.migrations
        .map((migration) => migration.name ?? migration.constructor.name)
        .filter((name) => !applied.has(name));
      return pending.length === 0 ? indicator.up() : indicator.down({ message: `${pending.length} pending`, pending });
    } catch (error) {
      return indicator.down({ message: (error as Error).message });
    }
  }
}
