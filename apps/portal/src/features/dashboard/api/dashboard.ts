import { fileFrom, saveFile } from '@portico/ui';
import { keepPreviousData, useMutation } from '@tanstack/react-query';
import { $api, api } from '../../../lib/api';

/** The dashboard's numbers; `year` moves only the routine panel, the rest stays the last 12 months. */
export const dashboardOptions = (year: number) =>
  $api.queryOptions(
    'get',
    '/portal/v1/dashboard',
    { params: { query: { year } } },
    { placeholderData: keepPreviousData },
  );

/** The newest documents, for the first thing a visit shows. */
export const recentDocumentsOptions = () =>
  $api.queryOptions('get', '/portal/v1/documents', { params: { query: { limit: 5 } } });

/** The monthly report (quotes, invoices, defects of one month) as a PDF download. */
export function useMonthlyReport() {
  return useMutation({
    mutationFn: async (month: string) =>
      saveFile(
        fileFrom(
          await api.GET('/portal/v1/reports/monthly', { params: { query: { month } }, parseAs: 'blob' }),
          `monthly-report-${month}.pdf`,
        ),
      ),
  });
}

/** The routine activity report (routine work performed between two days) as a PDF download. */
export function useRoutineReport() {
  return useMutation({
    mutationFn: async ({ from, to }: { from: string; to: string }) =>
      saveFile(
        fileFrom(
          await api.GET('/portal/v1/reports/routine', { params: { query: { from, to } }, parseAs: 'blob' }),
          `routine-report-${from}-to-${to}.pdf`,
        ),
      ),
  });
}
