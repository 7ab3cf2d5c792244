import { Module } from '@nestjs/common';
import { CitizensRepository } from './citizens.repository';
import { CitizensService } from './citizens.service';
import { PersonalDataCipher } from './personal-data-cipher';

@Module({
  providers: [PersonalDataCipher, CitizensRepository, CitizensService],
  exports: [CitizensRepository, CitizensService, PersonalDataCipher],
})
export class CitizensModule {}
