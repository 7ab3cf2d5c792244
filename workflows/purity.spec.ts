/**
 * Everything in workflows/ is pure TypeScript (DESIGN.md): no Nest, no TypeORM, no I/O, no clock.
 * It may import xstate and its own files only, so it can be loaded and tested on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = __dirname;
const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('test-support.ts'))
  .sort();

const importsOf = (text: string) => [
  ...[...text.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g)].map((m) => m[1]),
  ...[...text.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1]),
  ...[...text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]),
];

describe('purity of the workflow definitions', () => {
  it('covers the course machine, its parts and the outreach ladder', () => {
    expect(sources).toEqual(
      expect.arrayContaining([
        join('icm-course', 'course-context.ts'),
        join('icm-course', 'course-events.ts'),
        join('icm-course', 'course-state.ts'),
        join('icm-course', 'course-timers.ts'),
        join('icm-course', 'course-vocabulary.ts'),
        join('icm-course', 'icm-course.machine.ts'),
        join('icm-course', 'index.ts'),
        join('outreach-ladder', 'iso-duration.ts'),
        join('outreach-ladder', 'outreach-ladder.ts'),
        join('outreach-ladder', 'index.ts'),
      ]),
    );
  });

  it.each(sources)('%s imports nothing but xstate and files in workflows/, and reads no clock', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    for (const specifier of importsOf(text)) {
      if (specifier === 'xstate') continue;
      // A sibling ('./x') or another machine's folder through its alias ('@workflows/x').
      expect(specifier).toMatch(/^(\.\/|@workflows\/)/);
      const target = specifier.startsWith('@workflows/')
        ? join(root, specifier.slice('@workflows/'.length))
        : resolve(root, file, '..', specifier);
      expect(relative(root, target)).not.toMatch(/^\.\./);
    }
    // Times come in with the events; parsing one (Date.parse, new Date(ms)) is not reading the clock.
    expect(text).not.toMatch(/\bDate\.now\b|new Date\(\s*\)|Math\.random|performance\.now|process\./);
  });

  it('the course machine is built with xstate and says which machine and version it is', () => {
    const text = readFileSync(join(root, 'icm-course', 'icm-course.machine.ts'), 'utf8');
    expect(importsOf(text)).toContain('xstate');
    expect(text).toMatch(/export const ICM_COURSE_MACHINE_ID = 'icm-course'/);
    expect(text).toMatch(/export const ICM_COURSE_MACHINE_VERSION = 2;/);
  });
});
