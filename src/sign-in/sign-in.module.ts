import { Module } from '@nestjs/common';
import { StaffModule } from '@src/staff/staff.module';
import { MeController } from './me.controller';
import { SignInController } from './sign-in.controller';
import { SignInService } from './sign-in.service';

@Module({
  imports: [StaffModule],
  controllers: [SignInController, MeController],
  providers: [SignInService],
})
export class SignInModule {}
