import { describe, expect, it } from '@jest/globals';
import { filterQuery, filtersFromParams, noFilters, paramsFromFilters } from './contact-filters';

const account = '2f1c1a9e-5b2d-4c1e-9a77-0c6f2b1d9e10';

describe('contact filters in the URL', () => {
  it('round-trips through the query string', () => {
    const filters = {
      statuses: ['invited' as const, 'expired' as const],
      accountId: account,
      buildingId: '',
      email: 'with' as const,
      search: 'harbor',
    };
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe(`status=invited&status=expired&accountId=${account}&email=with&q=harbor`);
    expect(filtersFromParams(params)).toEqual(filters);
  });

  it('drops what a hand-edited URL got wrong instead of sending it to the API', () => {
    const params = new URLSearchParams('status=bogus&status=enrolled&accountId=not-a-uuid&email=maybe');
    expect(filtersFromParams(params)).toEqual({ ...noFilters, statuses: ['enrolled'] });
  });

  it('becomes the API filter, sent as-is by "select all matching"', () => {
    expect(filterQuery(noFilters)).toEqual({});
    expect(filterQuery({ ...noFilters, statuses: ['not_invited'], email: 'without', search: 'x' })).toEqual({
      portalStatus: ['not_invited'],
      hasEmail: false,
      q: 'x',
    });
  });
});
