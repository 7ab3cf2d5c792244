import { basename } from 'node:path';
import { RecordingDatabase } from './recording-database';
import { laidOut } from './sql-layout';
import { type MethodRuns, NO_SQL, type SqlCall, type SqlSource } from './sql-sources';

/** Where the snapshots are, from the repository's root: one file per source file. */
export const SNAPSHOT_FOLDER = 'sql';

export const snapshotFileOf = (source: SqlSource<object>) => basename(source.file).replace(/\.ts$/, '.sql');

/** Each method's statements as it sends them to PostgreSQL, under a header naming the class, the method and the variant. */
export async function snapshotOf(source: SqlSource<object>): Promise<string> {
  const sections: string[] = [];
  for (const [method, calls] of Object.entries<MethodRuns<object>>(source.methods)) {
    if (calls === NO_SQL) continue;
    for (const call of typeof calls === 'function' ? [{ run: calls }] : calls) {
      sections.push(await statementsOf(source, method, call));
    }
  }
  return (
    [`-- Generated from src/${source.file} by \`npm run sql:snapshots\`; do not edit.`, ...sections].join('\n\n') + '\n'
  );
}

async function statementsOf(source: SqlSource<object>, method: string, call: SqlCall<object>): Promise<string> {
  const db = new RecordingDatabase(call.answers);
  const subject = source.create(db.manager);
  const name = `${subject.constructor.name}.${method}${call.variant === undefined ? '' : ` (${call.variant})`}`;
  try {
    await call.run(subject, db.manager);
  } catch (error) {
    throw new Error(`${name} failed on the recorded answers: ${(error as Error).message}`, { cause: error });
  }
  if (db.statements.length === 0) throw new Error(`${name} sent no SQL: declare it NO_SQL in sql-sources.ts`);
  return `-- ${name}\n${db.statements.map((sql) => `${laidOut(sql)};`).join('\n\n')}`;
}
