import { Module } from '@nestjs/common';
import { CitizensModule } from '@src/citizens/citizens.module';
import { CitizenErasureModule } from './citizen-erasure.module';
import { CitizenExport } from './citizen-export';
import { DataSubjectController } from './data-subject.controller';

/** Data subject requests of the data protection function: the export of a citizen's data and its erasure. */
@Module({
  imports: [CitizensModule, CitizenErasureModule],
  controllers: [DataSubjectController],
  providers: [CitizenExport],
})
export class DataSubjectModule {}
