import type { NotificationPreference, UnsubscribeView } from '@portico/core';

export const toPreferenceDto = (p: NotificationPreference) => ({
  category: p.category,
  choice: p.choice,
  updatedAt: p.updatedAt?.toISOString() ?? null,
  updatedBy: p.updatedBy,
  choices: [...p.choices],
});

export const toPreferencesDto = (preferences: NotificationPreference[]) => ({
  preferences: preferences.map(toPreferenceDto),
});

export const toUnsubscribeDto = (view: UnsubscribeView) => ({
  organizationName: view.organizationName,
  categories: view.categories,
  preferences: view.preferences.map(toPreferenceDto),
});
