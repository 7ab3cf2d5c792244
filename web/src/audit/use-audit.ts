import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { answer, api } from '@web/api/client';
import type { components } from '@web/api/schema';

export type CitizenLookup = components['schemas']['CitizenLookupAnswer'];
export type AccessRead = components['schemas']['AccessLogRowAnswer'];
export const PAGE_SIZE = 20;

/** Whose reads within which period: the citizen always, a member of staff and the period if given. */
export interface AccessFilter {
  citizenId: string;
  staffId?: string;
  /** ISO instants (period.ts); the API's last 30 days when left out. */
  from?: string;
  to?: string;
}

/** The citizen a CPR number names; the number goes in the body, never in an address. */
export function useCitizenLookup() {
  return useMutation({
    mutationFn: (cpr: string) => answer(api.POST('/api/v1/audit/citizen-lookup', { body: { cpr } })),
  });
}

export function useAccessLog(filter: AccessFilter | undefined, page: number) {
  return useQuery({
    queryKey: ['audit', 'access', filter, page],
    queryFn: () =>
      answer(
        api.GET('/api/v1/audit/access', {
          params: { query: { ...filter!, limit: PAGE_SIZE, offset: page * PAGE_SIZE } },
        }),
      ),
    enabled: filter !== undefined,
    placeholderData: keepPreviousData,
  });
}

/**
 * The same reads as a CSV file, saved through a Blob URL: the token is no cookie, so a plain link
 * to the export could not carry it.
 */
export function useAccessLogDownload() {
  return useMutation({
    mutationFn: async (filter: AccessFilter) => {
      const call = api.GET('/api/v1/audit/access/export', { params: { query: filter }, parseAs: 'blob' });
      const csv = (await answer(call)) as unknown as Blob;
      const disposition = (await call).response.headers.get('Content-Disposition') ?? '';
      save(csv, /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'adgangslog.csv');
    },
  });
}

/** The citizen's own copy of everything stored about them (GDPR art. 15), saved as a JSON file. */
export function useCitizenExport() {
  return useMutation({
    mutationFn: async (citizenId: string) => {
      const document = await answer(
        api.GET('/api/v1/citizens/{citizenId}/export', { params: { path: { citizenId } } }),
      );
      save(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }), `indsigt-${citizenId}.json`);
    },
  });
}

/** Erasure (GDPR art. 17): pseudonymisation, refused with 409 while a course is open or retention runs. */
export function useCitizenErasure() {
  return useMutation({
    mutationFn: (citizenId: string) =>
      answer(api.POST('/api/v1/citizens/{citizenId}/erasure', { params: { path: { citizenId } } })),
  });
}

function save(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // After the click has handed the file to the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
