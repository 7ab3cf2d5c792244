/** Both reports answer in either format (ReportsController's `Accept` handling). */
export const CSV_TOO =
  'The report as JSON; with `Accept: text/csv` the same figures in CSV, one a line: section,group,metric,value,count,denominator.';
