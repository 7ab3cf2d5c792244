import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DevelopmentSignInDto } from './dto/development-sign-in.dto';
import { DevelopmentTokenAnswer, SignInOptionsAnswer, SignInStaffAnswer } from './dto/sign-in.answers';
import { SignInService } from './sign-in.service';

/** What the web application needs before anyone is signed in: how to sign in. */
@ApiTags('sign-in')
@Controller('sign-in')
export class SignInController {
  constructor(private readonly signIn: SignInService) {}

  @Get('options')
  @ApiOperation({ summary: 'How the web application signs in: the identity provider, or the development sign-in' })
  @ApiOkResponse({ type: SignInOptionsAnswer })
  options(): SignInOptionsAnswer {
    return this.signIn.options();
  }

  @Get('development/staff')
  @ApiOperation({ summary: 'Development sign-in only: the staff members one may sign in as (404 when off)' })
  @ApiOkResponse({ type: [SignInStaffAnswer] })
  staff(): Promise<SignInStaffAnswer[]> {
    return this.signIn.staffToSignInAs();
  }

  @Post('development')
  @HttpCode(201)
  @ApiOperation({ summary: 'Development sign-in only: a token for the staff member (404 when off)' })
  @ApiCreatedResponse({ type: DevelopmentTokenAnswer })
  token(@Body() body: DevelopmentSignInDto): Promise<DevelopmentTokenAnswer> {
    return this.signIn.developmentToken(body.staffId);
  }
}
