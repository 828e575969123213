import { describe, expect, it } from '@jest/globals';
import type { Settings } from '../api/settings';
import { changesFrom, toDraft } from './settings-draft';

const saved: Settings = {
  name: 'Northwind',
  brandColor: '#1d4ed8',
  logoUrl: null,
  autoInviteNewContacts: false,
  inviteExpiryDays: 3,
  defaultEmailFrom: 'portal@northwind.example',
  remindersEnabled: true,
  reminderAfterDays: 2,
  reminderMaxCount: 1,
  portalPanels: {
    activityReport: true,
    spendTracking: true,
    defectAnalytics: true,
    routineActivities: true,
    serviceCalls: true,
  },
  webhooksAllowPrivateTargets: false,
  paymentLinkTemplate: null,
  updatedAt: '2026-01-05T10:00:00.000Z',
};

describe('changesFrom', () => {
  it('sends nothing when nothing changed', () => {
    expect(changesFrom(saved, toDraft(saved))).toEqual({ changes: {}, errors: {} });
  });

  it('sends only what changed, with numbers as numbers, empty text as null and one changed panel', () => {
    const draft = {
      ...toDraft(saved),
      inviteExpiryDays: '14',
      defaultEmailFrom: '  ',
      brandColor: '#0F766E',
      portalPanels: { ...saved.portalPanels, spendTracking: false },
    };
    expect(changesFrom(saved, draft)).toEqual({
      changes: {
        inviteExpiryDays: 14,
        defaultEmailFrom: null,
        brandColor: '#0f766e',
        portalPanels: { spendTracking: false },
      },
      errors: {},
    });
  });

  it('names what the browser can judge on its own', () => {
    const draft = {
      ...toDraft(saved),
      name: ' ',
      brandColor: 'blue',
      logoUrl: 'http://example.com/logo.png',
      inviteExpiryDays: '1.5',
      reminderMaxCount: '9',
    };
    const { errors } = changesFrom(saved, draft);
    expect(Object.keys(errors).sort()).toEqual([
      'brandColor',
      'inviteExpiryDays',
      'logoUrl',
      'name',
      'reminderMaxCount',
    ]);
    expect(errors.reminderMaxCount).toBe('Must be between 0 and 5.');
  });
});
