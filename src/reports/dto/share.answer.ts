import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import type { Share } from '@src/reports/share';

/** A count with what it is a share of; every share in a report states its denominator. */
export class ShareAnswer implements Share {
  @ApiProperty({ example: 2 }) count!: number;
  @ApiProperty({ example: 3 }) denominator!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'count / denominator to four decimals; null when the denominator is 0',
    example: 0.6667,
  })
  share!: number | null;
}

/** Where a report's schema holds a share (the class is registered with ApiExtraModels on the controller). */
export const SHARE = { $ref: getSchemaPath(ShareAnswer) };
