import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { UsagePeriod } from '../api/usage';
import { usagePeriods } from '../api/usage';
import {
  filtersFromParams,
  filtersKey,
  paramsFromFilters,
  type ReportFilters,
} from '../utils/report-filters';

/**
 * The report's filters and the usage period live in the URL: a filtered report can be shared,
 * bookmarked and gone back to.
 */
export function useReportUrl() {
  const [params, setParams] = useSearchParams();
  const key = filtersKey(filtersFromParams(params));
  // Parsed from the canonical string: the same object while the filters stay the same.
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const setFilters = useCallback(
    (next: ReportFilters) => setParams((current) => paramsFromFilters(next, current), { replace: true }),
    [setParams],
  );

  const raw = params.get('period') ?? '';
  const period: UsagePeriod = usagePeriods.includes(raw as UsagePeriod) ? (raw as UsagePeriod) : '';
  const setPeriod = useCallback(
    (next: UsagePeriod) =>
      setParams(
        (current) => {
          const query = new URLSearchParams(current);
          if (next) query.set('period', next);
          else query.delete('period');
          return query;
        },
        { replace: true },
      ),
    [setParams],
  );

  return { filters, filtersKey: key, setFilters, period, setPeriod };
}
