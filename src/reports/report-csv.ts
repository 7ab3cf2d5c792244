import { type CsvValue, csvLine } from '@src/csv/csv';
import { isShare } from './share';

type Leaf = CsvValue;

/** One line of a report in the flat long format that `Accept: text/csv` answers with. */
export interface Figure {
  section: string;
  group: string;
  metric: string;
  value: Leaf;
  count: number | null;
  denominator: number | null;
}

export const CSV_COLUMNS = ['section', 'group', 'metric', 'value', 'count', 'denominator'] as const;

/**
 * Flattens a report: the top-level key is the section, the last key the metric, the keys between
 * them the group; a share gives its value with its count and denominator.
 */
export function figuresOf(report: object): Figure[] {
  const figures: Figure[] = [];
  const walk = (value: unknown, path: string[]) => {
    const at = (leaf: Leaf, count: number | null = null, denominator: number | null = null) =>
      figures.push({
        section: path[0],
        group: path.slice(1, -1).join('.'),
        metric: path.at(-1)!,
        value: leaf,
        count,
        denominator,
      });
    if (isShare(value)) at(value.share, value.count, value.denominator);
    else if (value !== null && typeof value === 'object')
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    else if (value !== undefined) at(value as Leaf);
  };
  walk(report, []);
  return figures;
}

/** RFC 4180 CSV (csvLine), a header line first. */
export function toCsv(figures: Figure[]): string {
  return [CSV_COLUMNS, ...figures.map((figure) => CSV_COLUMNS.map((column) => figure[column]))].map(csvLine).join('');
}
