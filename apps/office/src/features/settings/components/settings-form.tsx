import { fieldErrors } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { type FormEvent, useState } from 'react';
import { type PortalPanels, type Settings, useUpdateSettings } from '../api/settings';
import { BrandColorField } from './brand-color-field';
import { CheckboxField } from './checkbox-field';
import { SettingsActions } from './settings-actions';
import { changesFrom, LOGO_URL_HINT, limits, type SettingsDraft, toDraft } from './settings-draft';
import { SettingsSection } from './settings-section';

const panelLabels: Record<keyof PortalPanels, { label: string; hint: string }> = {
  activityReport: { label: 'Activity report', hint: 'Inspections and service visits over time.' },
  spendTracking: { label: 'Spend tracking', hint: 'Invoiced amounts by month and building.' },
  defectAnalytics: { label: 'Defect analytics', hint: 'Open and resolved defects by severity.' },
  routineActivities: { label: 'Routine activities', hint: 'Scheduled inspections and maintenance.' },
  serviceCalls: { label: 'Service calls', hint: 'Reactive work and its stages.' },
};

interface SettingsFormProps {
  settings: Settings;
  /** undefined while /me loads: locked, but without the explanation yet. */
  canManage: boolean | undefined;
}

export function SettingsForm({ settings, canManage }: SettingsFormProps) {
  const readOnly = canManage !== true;
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const update = useUpdateSettings();

  // Edited at all, even into something invalid: Save then says what is wrong.
  const dirty = JSON.stringify(draft) !== JSON.stringify(toDraft(settings));
  const apiErrors = fieldErrors(update.error);
  // The API names its pattern; say what it means instead.
  if (apiErrors.logoUrl?.startsWith('Must match pattern')) apiErrors.logoUrl = LOGO_URL_HINT;
  const errors = { ...apiErrors, ...localErrors };
  const hasFieldErrors = Object.keys(apiErrors).length > 0;

  function edit<K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
    setLocalErrors(({ [key]: _, ...rest }) => rest);
    setSaved(false);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const result = changesFrom(settings, draft);
    setLocalErrors(result.errors);
    if (Object.keys(result.errors).length > 0 || Object.keys(result.changes).length === 0) return;
    update.mutate(result.changes, {
      onSuccess: (next) => {
        setDraft(toDraft(next));
        setSaved(true);
      },
    });
  }

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      {canManage === false && (
        <p className="alert alert--info">
          You can see these settings, but changing them needs the settings.manage permission. Ask an
          administrator of your organization if something should change.
        </p>
      )}
      <fieldset className="settings-fieldset" disabled={readOnly}>
        <legend className="visually-hidden">Organization settings</legend>
        <SettingsSection title="Organization" text="How your customers see you in the portal and in emails.">
          <TextField
            label="Organization name"
            value={draft.name}
            onChange={(event) => edit('name', event.target.value)}
            error={errors.name}
            maxLength={200}
            autoComplete="organization"
          />
          <BrandColorField
            value={draft.brandColor}
            onChange={(value) => edit('brandColor', value)}
            error={errors.brandColor}
          />
          <TextField
            label="Logo URL"
            hint="An https address of your logo image; leave empty for none."
            type="url"
            inputMode="url"
            placeholder="https://"
            value={draft.logoUrl}
            onChange={(event) => edit('logoUrl', event.target.value)}
            error={errors.logoUrl}
            maxLength={2000}
          />
        </SettingsSection>

        <SettingsSection title="Invitations" text="How contacts are invited to the customer portal.">
          <CheckboxField
            label="Invite new contacts to the customer portal"
            hint="Every contact created with an email address is invited at once."
            checked={draft.autoInviteNewContacts}
            onChange={(value) => edit('autoInviteNewContacts', value)}
            error={errors.autoInviteNewContacts}
          />
          <div className="settings-row">
            <TextField
              label="Invitations expire after (days)"
              hint={`Between ${limits.inviteExpiryDays.min} and ${limits.inviteExpiryDays.max}.`}
              type="number"
              inputMode="numeric"
              min={limits.inviteExpiryDays.min}
              max={limits.inviteExpiryDays.max}
              step={1}
              value={draft.inviteExpiryDays}
              onChange={(event) => edit('inviteExpiryDays', event.target.value)}
              error={errors.inviteExpiryDays}
            />
            <TextField
              label="Default email from"
              hint="Invitations come from it unless a send names another."
              type="email"
              inputMode="email"
              placeholder="portal@example.com"
              value={draft.defaultEmailFrom}
              onChange={(event) => edit('defaultEmailFrom', event.target.value)}
              error={errors.defaultEmailFrom}
              maxLength={320}
            />
          </div>
        </SettingsSection>

        <SettingsSection
          title="Reminders"
          text="A nudge for contacts who have not accepted their invitation yet."
        >
          <CheckboxField
            label="Send reminders"
            checked={draft.remindersEnabled}
            onChange={(value) => edit('remindersEnabled', value)}
            error={errors.remindersEnabled}
          />
          <div className="settings-row">
            <TextField
              label="First reminder after (days)"
              hint={`Between ${limits.reminderAfterDays.min} and ${limits.reminderAfterDays.max}.`}
              type="number"
              inputMode="numeric"
              min={limits.reminderAfterDays.min}
              max={limits.reminderAfterDays.max}
              step={1}
              value={draft.reminderAfterDays}
              onChange={(event) => edit('reminderAfterDays', event.target.value)}
              error={errors.reminderAfterDays}
              disabled={!draft.remindersEnabled}
            />
            <TextField
              label="Reminders per invitation at most"
              hint={`Between ${limits.reminderMaxCount.min} and ${limits.reminderMaxCount.max}.`}
              type="number"
              inputMode="numeric"
              min={limits.reminderMaxCount.min}
              max={limits.reminderMaxCount.max}
              step={1}
              value={draft.reminderMaxCount}
              onChange={(event) => edit('reminderMaxCount', event.target.value)}
              error={errors.reminderMaxCount}
              disabled={!draft.remindersEnabled}
            />
          </div>
        </SettingsSection>

        <SettingsSection
          title="Payments"
          text="Where “Pay now” on an unpaid invoice takes your customers. An invoice sent with its own payment URL uses that instead."
        >
          <TextField
            label="Payment link"
            hint="Your payment page, https. {number}, {amount} (what is left to pay) and {currency} are filled in for each invoice. Leave empty for no “Pay now” (except invoices with their own URL)."
            placeholder="https://pay.example.com/?invoice={number}&amount={amount}&currency={currency}"
            value={draft.paymentLinkTemplate}
            onChange={(event) => edit('paymentLinkTemplate', event.target.value)}
            error={errors.paymentLinkTemplate}
            maxLength={2000}
            inputMode="url"
          />
        </SettingsSection>

        <SettingsSection
          title="Portal panels"
          text="What every account sees on its portal dashboard, unless the account is set otherwise."
        >
          <div className="settings-panels">
            {(Object.keys(panelLabels) as (keyof PortalPanels)[]).map((key) => (
              <CheckboxField
                key={key}
                label={panelLabels[key].label}
                hint={panelLabels[key].hint}
                checked={draft.portalPanels[key]}
                onChange={(value) => edit('portalPanels', { ...draft.portalPanels, [key]: value })}
                error={errors[`portalPanels.${key}`]}
              />
            ))}
          </div>
        </SettingsSection>
      </fieldset>

      {canManage === true && (
        <SettingsActions
          error={update.isError ? update.error : null}
          fieldErrorsShown={hasFieldErrors}
          saving={update.isPending}
          dirty={dirty}
          saved={saved}
          onDiscard={() => {
            setDraft(toDraft(settings));
            setLocalErrors({});
            update.reset();
          }}
        />
      )}
    </form>
  );
}
