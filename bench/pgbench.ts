import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from 'pg';
import { AppConfig } from '@src/config/app-config';
import { callerRelationColumns } from '@src/courses/course-facts.repository';
import { READ_LOGGED } from '@src/courses/courses.repository';
import { durationMs } from '@workflows/outreach-ladder';
import type { BenchCourse } from './bench-world';
import { PGBENCH_SCRIPTS, RESULTS_DIR, SETTINGS } from './settings';

const run = promisify(execFile);

/** A pgbench script with the variables it is given. */
export interface PgbenchWorkload {
  script: string;
  variables: Record<string, string>;
}

export interface PgbenchResult {
  clients: number;
  seconds: number;
  transactions: number;
  tps: number;
  latencyAverageMs: number;
}

/** pgbench from PATH, else from the newest /usr/lib/postgresql/<version>/bin. */
export function findPgbench(): string {
  const onPath = (process.env.PATH ?? '')
    .split(':')
    .map((dir) => `${dir}/pgbench`)
    .find((file) => existsSync(file));
  if (onPath) return onPath;
  for (const version of [18, 17, 16, 15, 14, 13]) {
    const file = `/usr/lib/postgresql/${version}/bin/pgbench`;
    if (existsSync(file)) return file;
  }
  throw new Error('pgbench not found on PATH nor in /usr/lib/postgresql/*/bin');
}

/** The script `template` with the text at its `marker` written in, as a copy in bench/results/. */
function fillIn(template: string, marker: string, text: string): string {
  const script = readFileSync(template, 'utf8');
  if (!script.includes(marker)) throw new Error(`${template} has no ${marker} to fill in`);
  mkdirSync(RESULTS_DIR, { recursive: true });
  const filled = join(RESULTS_DIR, basename(template));
  writeFileSync(filled, script.replace(marker, text));
  return filled;
}

/**
 * The write's script with the caller's relation to the course taken from the service's own SQL
 * (`callerRelationColumns`), for the client's case manager (`b.staff_id`): a mirror that copied it
 * by hand once went on sending a form the service had left.
 */
const writeScript = () =>
  fillIn(PGBENCH_SCRIPTS.write, '/* CALLER_RELATION */', callerRelationColumns('b.staff_id', ':review_seconds'));

/**
 * The read's script: the service's own statement (READ_LOGGED) for client n's course and case
 * manager. pgbench has no arrays of variables, so the script branches on n to a copy of the
 * statement that names course n's pair of variables: the API's one statement with the API's
 * parameters, and no look-up of its own.
 */
function readScript(courses: number): string {
  const branches = Array.from({ length: courses }, (_, n) => {
    const values = [`:course_${n}`, `:staff_${n}`, ':review_seconds', ':roles', ':method', ':route'];
    const statement = String(READ_LOGGED).replace(/\$(\d+)/g, (_, index: string) => values[Number(index) - 1]);
    return `${n === 0 ? '\\if' : '\\elif'} :n = ${n}\n${statement};`;
  });
  return fillIn(PGBENCH_SCRIPTS.read, '/* COURSE_READ */', [...branches, '\\endif'].join('\n'));
}

/** A text[]/jsonb[] literal as node-pg would send it for a JS array of strings. */
const arrayLiteral = (items: string[]) =>
  `{${items.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;

/**
 * Gives pgbench its own view of the bench: `bench_courses(n, id, staff_id)` lists the courses and
 * their case managers (client n works on course n % count), and the write's variables are the values
 * the API logged for a real NOTE_ADDED event and its outbox row, so both sides write the same bytes.
 * Both need the review period the API runs with (its default) and the access log's route.
 */
export async function preparePgbench(
  db: Client,
  courses: BenchCourse[],
): Promise<{ write: PgbenchWorkload; read: PgbenchWorkload }> {
  await db.query(`DROP TABLE IF EXISTS bench_courses`);
  await db.query(`CREATE TABLE bench_courses (n integer PRIMARY KEY, id uuid NOT NULL, staff_id uuid NOT NULL)`);
  await db.query(
    `INSERT INTO bench_courses (n, id, staff_id)
     SELECT n - 1, id, staff_id FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS c (id, staff_id, n)`,
    [courses.map((course) => course.id), courses.map((course) => course.caseManagerId)],
  );
  const { rows } = await db.query(
    `SELECT e.type, e.payload::text AS payload, e.actor_roles AS roles, o.kind, o.payload::text AS effect
       FROM course_events e JOIN outbox o ON o.course_id = e.course_id AND o.event_seq = e.seq
      WHERE e.type = 'NOTE_ADDED' ORDER BY e.occurred_at DESC LIMIT 1`,
  );
  if (rows.length === 0) throw new Error('No NOTE_ADDED event with an outbox row to copy; run the HTTP load first');
  const at = new Date().toISOString();
  const reviewSeconds = String(durationMs(new AppConfig().VISITATION_REVIEW_PERIOD) / 1000);
  const [note] = rows as { type: string; payload: string; roles: string[]; kind: string; effect: string }[];
  const write = {
    courses: String(courses.length),
    review_seconds: reviewSeconds,
    type: note.type,
    payload: note.payload,
    roles: arrayLiteral(note.roles),
    at,
    effect_kinds: arrayLiteral([note.kind]),
    effect_payloads: arrayLiteral([note.effect]),
    effect_due: arrayLiteral([at]),
    route: 'POST /api/v1/courses/:id/events',
  };
  const read = {
    courses: String(courses.length),
    review_seconds: reviewSeconds,
    roles: arrayLiteral(['case_manager']),
    method: 'GET',
    route: 'GET /api/v1/courses/:id',
    ...Object.fromEntries(
      courses.flatMap((course, n) => [
        [`course_${n}`, course.id],
        [`staff_${n}`, course.caseManagerId],
      ]),
    ),
  };
  return {
    write: { script: writeScript(), variables: write },
    read: { script: readScript(courses.length), variables: read },
  };
}

function parseOutput(output: string, clients: number, seconds: number): PgbenchResult {
  const number = (pattern: RegExp, what: string): number => {
    const match = pattern.exec(output);
    if (!match) throw new Error(`Could not find "${what}" in the pgbench output:\n${output}`);
    return Number(match[1]);
  };
  const failed = /number of failed transactions: (\d+)/.exec(output);
  if (failed && Number(failed[1]) > 0) throw new Error(`pgbench had ${failed[1]} failed transactions:\n${output}`);
  return {
    clients,
    seconds,
    transactions: number(/number of transactions actually processed: (\d+)/, 'transactions actually processed'),
    tps: number(/tps = ([\d.]+) \(without initial connection time\)/, 'tps'),
    latencyAverageMs: number(/latency average = ([\d.]+) ms/, 'latency average'),
  };
}

/** `pgbench -n -f <the workload's script> -M prepared` against the bench database. */
export async function runPgbench(
  { script, variables }: PgbenchWorkload,
  clients: number,
  seconds: number,
): Promise<PgbenchResult> {
  const args = ['-n', '-f', script, '-M', 'prepared', '-c', String(clients), '-j', String(Math.min(2, clients))];
  args.push(
    '-T',
    String(Math.max(1, Math.round(seconds))),
    '-h',
    SETTINGS.pgHost,
    '-p',
    String(SETTINGS.pgPort),
    '-U',
    SETTINGS.pgUser,
  );
  for (const [name, value] of Object.entries(variables)) args.push('-D', `${name}=${value}`);
  args.push(SETTINGS.database);
  try {
    const { stdout, stderr } = await run(findPgbench(), args, { maxBuffer: 16 * 1024 * 1024 });
    return parseOutput(`${stdout}\n${stderr}`, clients, seconds);
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`pgbench failed: ${(error as Error).message}\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}
