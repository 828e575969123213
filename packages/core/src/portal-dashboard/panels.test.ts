import { describe, expect, it } from '@jest/globals';
import { defaultPortalPanels } from '@portico/db';
import { combinePanels } from './panels';

describe('combinePanels', () => {
  const orgDefault = { ...defaultPortalPanels, spendTracking: false };

  it('is the organization default when the view has no account', () => {
    expect(combinePanels(orgDefault, [])).toEqual(orgDefault);
  });

  it('takes each account override over the default, then ANDs the accounts', () => {
    expect(combinePanels(orgDefault, [null, { routineActivities: false }])).toEqual({
      ...orgDefault,
      routineActivities: false,
    });
    expect(combinePanels(orgDefault, [{ spendTracking: true }])).toEqual(defaultPortalPanels);
    expect(combinePanels(orgDefault, [{ spendTracking: true }, {}])).toEqual(orgDefault);
  });
});
