import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_SRC } from '@scripts/support/service-process';

const REPO = join(__dirname, '..', '..');
/** What the built API and worker are compiled from. */
const SOURCES = ['src', 'workflows'].map((dir) => join(REPO, dir));

const newestSource = (dir: string): number =>
  Math.max(
    ...readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );

/**
 * Builds dist/ (`nest build`, about 10 s) unless it is newer than every source file of the
 * service, so that a spec that spawns the built worker runs the code of the working tree.
 */
export function ensureBuilt(): void {
  const builtAt = statSync(join(BUILT_SRC, 'worker.js'), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (SOURCES.every((dir) => newestSource(dir) < builtAt)) return;
  try {
    execFileSync(join(REPO, 'node_modules', '.bin', 'nest'), ['build'], { cwd: REPO, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`nest build failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`, { cause: error });
  }
}
