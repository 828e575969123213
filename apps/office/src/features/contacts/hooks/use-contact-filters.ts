import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  type ContactFilters,
  filtersFromParams,
  filtersKey,
  paramsFromFilters,
} from '../utils/contact-filters';

/** Filters live in the URL, so a filtered list can be shared, bookmarked and gone back to. */
export function useContactFilters(): [ContactFilters, (next: ContactFilters) => void] {
  const [params, setParams] = useSearchParams();
  const key = filtersKey(filtersFromParams(params));
  // Parsed from the canonical string: the same object while the filters stay the same.
  const filters = useMemo(() => filtersFromParams(new URLSearchParams(key)), [key]);
  const setFilters = useCallback(
    (next: ContactFilters) => setParams(paramsFromFilters(next), { replace: true }),
    [setParams],
  );
  return [filters, setFilters];
}
