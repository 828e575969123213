import { describe, expect, it } from '@jest/globals';
import { filtersFromParams, noFilters, paramsFromFilters, toReportQuery } from './report-filters';

const HARBOR = '00000000-0000-4000-8000-00000000a001';

describe('report filters in the URL', () => {
  it('reads what the API accepts and drops the rest', () => {
    const params = new URLSearchParams(
      `customers=bogus&customerHasAccess=maybe&customer=${HARBOR}&customer=not-an-id&customer=${HARBOR}` +
        '&inviteStatus=enrolled&inviteStatus=lost&inviteStatus=invited&email=%20@harbor%20',
    );
    expect(filtersFromParams(params)).toEqual({
      ...noFilters,
      customerIds: [HARBOR],
      inviteStatus: ['invited', 'enrolled'],
      email: '@harbor',
    });
  });

  it('writes only what differs from the default, and keeps the page’s other parameters', () => {
    const params = paramsFromFilters(
      { ...noFilters, customers: 'all', emailHasAccess: 'no', inviteStatus: ['expired'] },
      new URLSearchParams('view=usage&email=old'),
    );
    expect(params.toString()).toBe('view=usage&customers=all&emailHasAccess=no&inviteStatus=expired');
    expect(paramsFromFilters(noFilters).toString()).toBe('');
  });

  it('spells the query as the API does', () => {
    expect(toReportQuery({ ...noFilters, customerIds: [HARBOR], customerHasAccess: 'yes' })).toEqual({
      customers: 'active',
      customer: [HARBOR],
      customerHasAccess: 'yes',
    });
  });
});
