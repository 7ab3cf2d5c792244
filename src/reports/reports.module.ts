import { Module } from '@nestjs/common';
import { CourseEngineModule } from '@src/courses/course-engine.module';
import { FidelityReportRepository } from './fidelity-report.repository';
import { FidelityReportService } from './fidelity-report.service';
import { OutcomeReportRepository } from './outcome-report.repository';
import { OutcomeReportService } from './outcome-report.service';
import { ReportsController } from './reports.controller';

@Module({
  // For the configured timer periods the fidelity figures are measured against.
  imports: [CourseEngineModule],
  controllers: [ReportsController],
  providers: [OutcomeReportRepository, OutcomeReportService, FidelityReportRepository, FidelityReportService],
})
export class ReportsModule {}
