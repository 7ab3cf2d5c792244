import { ApiProperty } from '@nestjs/swagger';

export class CalendarFeedAddressAnswer {
  @ApiProperty({
    example: 'https://icm.kommune.dk/api/v1/calendar/3q2-7wEJ…',
    description: 'Secret: whoever has it reads your appointments. Shown once; rotate it if it leaks',
  })
  url!: string;
}
