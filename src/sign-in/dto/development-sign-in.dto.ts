import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

export class DevelopmentSignInDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The staff member to sign in as',
    example: '5b0e7c1a-3f2d-4e8b-9a61-2c4d8f0e1b37',
  })
  @IsUUID('all', { message: 'staffId must be a UUID' })
  staffId!: string;
}
