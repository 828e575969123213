import { useQuery } from '@tanstack/react-query';
import { adoptionReportOptions, type ReportTable } from '../api/adoption-report';
import type { ReportQuery } from '../utils/report-filters';
import { useCursorPages } from './use-cursor-pages';

/** One table of the report under the filters, paged back and forth; back to page 1 on a new filter. */
export function useReportTable(query: ReportQuery, table: ReportTable, filtersKey: string) {
  const pages = useCursorPages(filtersKey);
  const report = useQuery(adoptionReportOptions(query, table, pages.cursor));
  return { report, pages };
}
