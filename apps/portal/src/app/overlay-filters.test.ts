import { describe, expect, it } from '@jest/globals';
import { documentFilters, recordFilters } from './overlay-filters';

describe('list filters from an overlay address', () => {
  it('passes known values and drops the rest instead of failing the list', () => {
    const params = new URLSearchParams(
      'kind=invoice&overdue=true&decision=maybe&buildingId=not-a-uuid&from=2026-01-01&to=yesterday',
    );
    expect(documentFilters(params)).toEqual({ kind: 'invoice', overdue: true, from: '2026-01-01' });
    expect(
      recordFilters.defects(
        new URLSearchParams('severity=critical&status=open&month=2026-13&assetType=Fire door'),
      ),
    ).toEqual({ severity: 'critical', status: 'open', assetType: 'Fire door' });
    expect(recordFilters.tasks(new URLSearchParams('kind=routine&tolerance=on_time&month=2026-03'))).toEqual({
      kind: 'routine',
      tolerance: 'on_time',
      month: '2026-03',
    });
  });
});
