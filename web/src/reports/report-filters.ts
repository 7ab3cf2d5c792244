import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The filters a report page can offer; their names are the API's query parameters. */
export const FILTER_FIELDS = ['from', 'to', 'teamId', 'ageGroup'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type FilterValues = Record<FilterField, string>;

/**
 * The page's filters live in its URL (a filtered report can be bookmarked and shared); only those
 * the page offers and that are filled in are sent. Values are the API's to check: a wrong one
 * comes back as a 422 at its field.
 */
export function useUrlFilters<T>(fields: readonly FilterField[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(FILTER_FIELDS.map((field) => [field, params.get(field) ?? ''])) as FilterValues,
    [params],
  );
  const filters = useMemo(
    () => Object.fromEntries(fields.filter((field) => values[field]).map((field) => [field, values[field]])) as T,
    [fields, values],
  );
  const apply = (next: FilterValues) =>
    setParams(Object.fromEntries(fields.filter((field) => next[field].trim()).map((f) => [f, next[f].trim()])));
  return { values, filters, apply };
}
