import { AppConfig } from './app-config';
import { describedVariables } from './described';

/** A field's initial value as the table shows it. */
const shown = (value: unknown): string => (value === undefined ? 'none' : `\`${String(value)}\``);

/**
 * The README's configuration table, printed from the descriptions on AppConfig's fields and their
 * initial values; `configuration-table.spec.ts` keeps the README equal to it.
 */
export function configurationTable(): string {
  const defaults = new AppConfig() as unknown as Record<string, unknown>;
  const rows = describedVariables().map(
    ([name, description]) =>
      `| \`${name}\` | ${description.default ?? shown(defaults[name])} | ${description.sensitive ? 'secret' : ''} | ${description.meaning} |`,
  );
  return ['| variable | default | sensitivity | meaning |', '|---|---|---|---|', ...rows].join('\n');
}
