import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components, operations } from '@web/api/schema';
import { saveFile } from '@web/components/save-file';

type Outcomes = operations['ReportsController_outcomeReport'];
type Fidelity = operations['ReportsController_fidelityReport'];

export type Share = components['schemas']['ShareAnswer'];
export type OutcomeReport = Outcomes['responses'][200]['content']['application/json'];
export type FidelityReport = Fidelity['responses'][200]['content']['application/json'];
export type OutcomeFilters = NonNullable<Outcomes['parameters']['query']>;
export type FidelityFilters = NonNullable<Fidelity['parameters']['query']>;

const OUTCOMES = '/api/v1/reports/outcomes';
const FIDELITY = '/api/v1/reports/fidelity';

/** The outcome report for the filters; the last answer stays on the page while a new one comes. */
export function useOutcomeReport(filters: OutcomeFilters) {
  return useQuery({
    queryKey: ['reports', 'outcomes', filters],
    // Without `Accept: text/csv` the answer is the JSON form of the two the route documents.
    queryFn: async () => (await answer(api.GET(OUTCOMES, { params: { query: filters } }))) as OutcomeReport,
    placeholderData: keepPreviousData,
  });
}

export function useFidelityReport(filters: FidelityFilters) {
  return useQuery({
    queryKey: ['reports', 'fidelity', filters],
    queryFn: async () => (await answer(api.GET(FIDELITY, { params: { query: filters } }))) as FidelityReport,
    placeholderData: keepPreviousData,
  });
}

/** The same report as CSV (`Accept: text/csv`), fetched with the person's token and saved as a file. */
export function useReportCsv(report: 'outcomes' | 'fidelity', fileName: string) {
  return useMutation({
    mutationFn: async (filters: OutcomeFilters | FidelityFilters) => {
      const csv = await answer(
        api.GET(report === 'outcomes' ? OUTCOMES : FIDELITY, {
          params: { query: filters },
          headers: { Accept: 'text/csv' },
          parseAs: 'text',
        }),
      );
      saveFile(fileName, csv, 'text/csv;charset=utf-8');
    },
  });
}
