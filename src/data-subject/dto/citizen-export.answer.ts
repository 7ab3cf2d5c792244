import { ApiProperty } from '@nestjs/swagger';
import { ApiDateTime, ApiJsonObject } from '@src/openapi/answer-properties';
import type { CitizenExportDocument, Records } from '@src/data-subject/citizen-export';
import type { Row } from '@src/data-subject/free-text-erasure';
import { PERSONAL_DATA_TABLES } from '@src/data-subject/personal-data-tables';

/** Rows by table name, each row with its stored column names. */
const rowsByTable = (of: 'course' | 'citizen') => ({
  type: 'object' as const,
  additionalProperties: { type: 'array' as const, items: { type: 'object' as const, additionalProperties: true } },
  description: `Rows by table (${PERSONAL_DATA_TABLES.filter((table) => table.of === of)
    .map(({ table }) => table)
    .join(', ')}), each with the columns as stored`,
});

/** Everything held about one citizen (GDPR art. 15): full CPR number and name included. */
export class CitizenExportAnswer implements CitizenExportDocument {
  @ApiDateTime() exportedAt!: string;
  @ApiJsonObject(
    "The citizens row as stored, with the decrypted name and the full CPR number ('DDMMYY-SSSS'; null once pseudonymised)",
  )
  citizen!: Record<string, unknown>;
  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      description: 'The courses row as stored, with the rows about the course under `records`',
      required: ['id', 'records'],
      properties: { id: { type: 'string', format: 'uuid' }, records: rowsByTable('course') },
      additionalProperties: true,
    },
    description: "The citizen's courses, oldest first",
  })
  courses!: (Row & { records: Records })[];
  @ApiProperty(rowsByTable('citizen')) citizenRecords!: Records;
}
