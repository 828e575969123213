import type { PortalPanels, Settings, SettingsChanges } from '../api/settings';

/** The form's state: numbers stay text while typed, so "" and "1." can be shown and judged. */
export interface SettingsDraft {
  name: string;
  brandColor: string;
  logoUrl: string;
  autoInviteNewContacts: boolean;
  inviteExpiryDays: string;
  defaultEmailFrom: string;
  remindersEnabled: boolean;
  reminderAfterDays: string;
  reminderMaxCount: string;
  portalPanels: PortalPanels;
  paymentLinkTemplate: string;
}

// Mirrors the API's limits (packages/core settingsLimits) so the inputs can say them up front;
// the API still decides and its answer is shown next to the field.
export const limits = {
  inviteExpiryDays: { min: 1, max: 90 },
  reminderAfterDays: { min: 1, max: 30 },
  reminderMaxCount: { min: 0, max: 5 },
} as const;

export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
// The API's rule: https with a host (the logo shows inside the portal and emails, where http is blocked).
const HTTPS_URL = /^https:\/\/[^/?#\s]+([/?#]\S*)?$/;
export const LOGO_URL_HINT = 'Use an https:// address, e.g. https://example.com/logo.png.';

export function toDraft(s: Settings): SettingsDraft {
  return {
    name: s.name,
    brandColor: s.brandColor,
    logoUrl: s.logoUrl ?? '',
    autoInviteNewContacts: s.autoInviteNewContacts,
    inviteExpiryDays: String(s.inviteExpiryDays),
    defaultEmailFrom: s.defaultEmailFrom ?? '',
    remindersEnabled: s.remindersEnabled,
    reminderAfterDays: String(s.reminderAfterDays),
    reminderMaxCount: String(s.reminderMaxCount),
    portalPanels: { ...s.portalPanels },
    paymentLinkTemplate: s.paymentLinkTemplate ?? '',
  };
}

type NumberField = keyof typeof limits;

function wholeNumber(draft: SettingsDraft, field: NumberField, errors: Record<string, string>) {
  const text = draft[field].trim();
  const { min, max } = limits[field];
  const value = Number(text);
  if (text === '' || !Number.isInteger(value)) {
    errors[field] = 'Enter a whole number.';
    return undefined;
  }
  if (value < min || value > max) {
    errors[field] = `Must be between ${min} and ${max}.`;
    return undefined;
  }
  return value;
}

/**
 * Only what changed goes to the API (a PATCH keeps the rest), after the checks the browser can
 * make on its own; everything else is for the API to judge.
 */
export function changesFrom(
  saved: Settings,
  draft: SettingsDraft,
): { changes: SettingsChanges; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const changes: SettingsChanges = {};

  const name = draft.name.trim();
  if (name === '') errors.name = 'Required.';
  else if (name !== saved.name) changes.name = name;

  const brandColor = draft.brandColor.trim().toLowerCase();
  if (!HEX_COLOR.test(brandColor)) errors.brandColor = 'Use the #rrggbb form, e.g. #1d4ed8.';
  else if (brandColor !== saved.brandColor.toLowerCase()) changes.brandColor = brandColor;

  const logoUrl = draft.logoUrl.trim() || null;
  if (logoUrl !== null && !HTTPS_URL.test(logoUrl)) errors.logoUrl = LOGO_URL_HINT;
  else if (logoUrl !== saved.logoUrl) changes.logoUrl = logoUrl;

  // Checked by the API (https, known placeholders), whose field error shows under the input.
  const paymentLinkTemplate = draft.paymentLinkTemplate.trim() || null;
  if (paymentLinkTemplate !== saved.paymentLinkTemplate) changes.paymentLinkTemplate = paymentLinkTemplate;

  const from = draft.defaultEmailFrom.trim() || null;
  if (from !== saved.defaultEmailFrom) changes.defaultEmailFrom = from;

  if (draft.autoInviteNewContacts !== saved.autoInviteNewContacts) {
    changes.autoInviteNewContacts = draft.autoInviteNewContacts;
  }
  if (draft.remindersEnabled !== saved.remindersEnabled) changes.remindersEnabled = draft.remindersEnabled;

  for (const field of ['inviteExpiryDays', 'reminderAfterDays', 'reminderMaxCount'] as const) {
    const value = wholeNumber(draft, field, errors);
    if (value !== undefined && value !== saved[field]) changes[field] = value;
  }

  const panels: Partial<PortalPanels> = {};
  for (const key of Object.keys(draft.portalPanels) as (keyof PortalPanels)[]) {
    if (draft.portalPanels[key] !== saved.portalPanels[key]) panels[key] = draft.portalPanels[key];
  }
  if (Object.keys(panels).length > 0) changes.portalPanels = panels;

  return { changes, errors };
}
