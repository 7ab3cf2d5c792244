import { Module } from '@nestjs/common';
import { WebAppServing } from './web-app.serving';

@Module({ providers: [WebAppServing] })
export class WebAppModule {}
