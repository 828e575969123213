import type { AccountDetail, RequestBody } from '@portico/api-client';
import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useUpdateAccount } from '../api/account-detail';
import { settingsOptions } from '../api/portal-settings';

type Overrides = NonNullable<RequestBody<'updateAccount'>['portalPanels']>;
type Panel = keyof Overrides;
type Choice = 'default' | 'show' | 'hide';
const choiceLabels = { show: 'Show', hide: 'Hide' } as const;

const panels: { key: Panel; label: string; text: string }[] = [
  {
    key: 'activityReport',
    label: 'Activity report',
    text: 'Outstanding quotes and invoices across the portfolio.',
  },
  { key: 'spendTracking', label: 'Spend tracking', text: 'What the customer has spent, month by month.' },
  { key: 'defectAnalytics', label: 'Defect analytics', text: 'Open defects by severity and asset type.' },
  { key: 'routineActivities', label: 'Routine activities', text: 'Routine maintenance over twelve months.' },
  { key: 'serviceCalls', label: 'Service calls', text: 'Reactive work by stage over twelve months.' },
];

function choicesOf(overrides: AccountDetail['portalPanels']): Record<Panel, Choice> {
  const choice = (value: boolean | undefined): Choice =>
    value === undefined ? 'default' : value ? 'show' : 'hide';
  return Object.fromEntries(panels.map(({ key }) => [key, choice(overrides?.[key])])) as Record<
    Panel,
    Choice
  >;
}

/** Only the panels that differ are stored; none at all is null, so the account follows every default. */
function overridesOf(choices: Record<Panel, Choice>): Overrides | null {
  const entries = panels.flatMap(({ key }) =>
    choices[key] === 'default' ? [] : [[key, choices[key] === 'show']],
  );
  return entries.length === 0 ? null : (Object.fromEntries(entries) as Overrides);
}

export function AccountPortalTab({ account, canWrite }: { account: AccountDetail; canWrite: boolean }) {
  const id = useId();
  const settings = useQuery(settingsOptions());
  const update = useUpdateAccount();
  const [choices, setChoices] = useState(() => choicesOf(account.portalPanels));
  const [saved, setSaved] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    update.mutate(
      { params: { path: { id: account.id } }, body: { portalPanels: overridesOf(choices) } },
      { onSuccess: () => setSaved(true) },
    );
  }

  const defaultLabel = (key: Panel) => {
    const on = settings.data?.portalPanels[key];
    return on === undefined ? 'Use organization default' : `Use organization default (${on ? 'on' : 'off'})`;
  };

  return (
    <form className="tab-section" onSubmit={submit}>
      <p className="muted">
        Choose which dashboard panels this customer’s contacts see in the portal. Panels left on the
        organization default follow the Settings page, also when it changes later.
      </p>
      {settings.isPending && (
        <p className="picker__status">
          <Spinner size="sm" /> Loading the organization defaults…
        </p>
      )}
      {settings.isError && (
        <p className="alert alert--warning">
          Could not load the organization defaults: {problemMessage(settings.error)}
        </p>
      )}
      <div className="panel-choices">
        {panels.map(({ key, label, text }) => (
          <fieldset key={key} className="panel-choice" disabled={!canWrite}>
            <legend className="panel-choice__legend">{label}</legend>
            <p className="panel-choice__text" id={`${id}-${key}`}>
              {text}
            </p>
            <div className="choice-group">
              {(['default', 'show', 'hide'] as const).map((choice) => (
                <label key={choice} className="choice">
                  <input
                    type="radio"
                    name={`${id}-${key}`}
                    value={choice}
                    checked={choices[key] === choice}
                    aria-describedby={`${id}-${key}`}
                    onChange={() => {
                      setSaved(false);
                      setChoices((current) => ({ ...current, [key]: choice }));
                    }}
                  />
                  <span className="choice__label">
                    {choice === 'default' ? defaultLabel(key) : choiceLabels[choice]}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      {update.isError && (
        <p className="alert alert--error" role="alert">
          {problemMessage(update.error)}
        </p>
      )}
      {canWrite ? (
        <div className="actions actions--center">
          <button type="submit" className="button button--primary" disabled={update.isPending}>
            {update.isPending ? 'Saving…' : 'Save portal panels'}
          </button>
          <p className="form-status" aria-live="polite">
            {saved && 'Saved.'}
          </p>
        </div>
      ) : (
        <p className="muted">Your role can look at these choices but not change them.</p>
      )}
    </form>
  );
}
