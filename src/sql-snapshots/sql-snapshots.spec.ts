import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SNAPSHOT_FOLDER, snapshotFileOf, snapshotOf } from './sql-snapshot';
import { NOT_SNAPSHOT, SQL_SOURCES } from './sql-sources';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
const FOLDER = join(ROOT, SNAPSHOT_FOLDER);
const REGENERATE = 'run `npm run sql:snapshots` and review the change';

const sourceFiles = () =>
  readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'),
  );

const classesOf = (module: object): (abstract new (...args: never[]) => object)[] =>
  Object.values(module).filter(
    (value): value is abstract new (...args: never[]) => object =>
      typeof value === 'function' && Function.prototype.toString.call(value).startsWith('class '),
  );

const methodsOf = (type: abstract new (...args: never[]) => object) =>
  Object.getOwnPropertyNames(type.prototype).filter(
    (name) =>
      name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(type.prototype, name)?.value === 'function',
  );

/**
 * Every statement the repositories send, as sent, is checked in under sql/ (README, "The two
 * commands"), so that a change to one shows in review: stale or missing snapshots fail here.
 * WRITE_SQL_SNAPSHOTS=1 (`npm run sql:snapshots`) writes them.
 */
describe('the SQL snapshots', () => {
  it('cover every file that sends SQL (else add it to sql-sources.ts)', () => {
    const sending = sourceFiles().filter(
      (file) => file.endsWith('.repository.ts') || readFileSync(join(SRC, file), 'utf8').includes('.query('),
    );
    const covered = [...SQL_SOURCES.map((source) => source.file), ...Object.keys(NOT_SNAPSHOT)];
    expect(sending.filter((file) => !covered.includes(file))).toEqual([]);
    expect(covered.filter((file) => !sending.includes(file))).toEqual([]);
  });

  it('run every method of every class in those files, or declare it NO_SQL (in sql-sources.ts)', async () => {
    const missing: string[] = [];
    for (const file of new Set(SQL_SOURCES.map((source) => source.file))) {
      const sources = SQL_SOURCES.filter((source) => source.file === file);
      for (const type of classesOf(await import(join(SRC, file)))) {
        const source = sources.find((candidate) => candidate.create(null as never) instanceof type);
        const listed = [...Object.keys(source?.methods ?? {}), ...(source?.internal ?? [])];
        missing.push(
          ...methodsOf(type)
            .filter((method) => !listed.includes(method))
            .map((m) => `${type.name}.${m}`),
        );
      }
    }
    expect(missing).toEqual([]);
  });

  it(`are up to date (else ${REGENERATE})`, async () => {
    const expected = new Map<string, string>();
    for (const source of SQL_SOURCES) expected.set(snapshotFileOf(source), await snapshotOf(source));
    if (process.env.WRITE_SQL_SNAPSHOTS === '1') {
      rmSync(FOLDER, { recursive: true, force: true });
      mkdirSync(FOLDER);
      for (const [file, text] of expected) writeFileSync(join(FOLDER, file), text);
    }
    const present = existsSync(FOLDER) ? readdirSync(FOLDER, { encoding: 'utf8' }).sort() : [];
    expect({ files: present }).toEqual({ files: [...expected.keys()].sort() });
    for (const [file, text] of expected) {
      expect({ file, text: readFileSync(join(FOLDER, file), 'utf8') }).toEqual({ file, text });
    }
  });
});
