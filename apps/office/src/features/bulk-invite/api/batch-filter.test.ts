import { describe, expect, it } from '@jest/globals';
import { draftFromParams, draftToParams, emptyDraft, sameFilter, toRequestFilter } from './batch-filter';

describe('bulk invite filters', () => {
  it('leaves out empty text and unset flags, but always says activeCustomersOnly', () => {
    expect(toRequestFilter(emptyDraft)).toEqual({ activeCustomersOnly: true });
    expect(
      toRequestFilter({
        ...emptyDraft,
        division: ' Dayton ',
        withBalanceDue: true,
        activeCustomersOnly: false,
      }),
    ).toEqual({ division: 'Dayton', withBalanceDue: true, activeCustomersOnly: false });
  });

  it('treats whitespace-only changes as the same filter', () => {
    expect(sameFilter(emptyDraft, { ...emptyDraft, billGroup: '  ' })).toBe(true);
    expect(sameFilter(emptyDraft, { ...emptyDraft, withoutAutopay: true })).toBe(false);
  });

  it('round-trips the loaded filter through the URL', () => {
    const draft = {
      ...emptyDraft,
      division: 'Dayton',
      siteSource: 'Survey',
      billingContactsOnly: true,
      activeCustomersOnly: false,
    };
    const params = new URLSearchParams();
    draftToParams(draft, params);
    expect(draftFromParams(params)).toEqual(draft);
    expect(draftFromParams(new URLSearchParams('division=Dayton'))).toBeNull();
  });
});
