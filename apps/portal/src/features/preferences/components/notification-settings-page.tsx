import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { LoadError, Loading } from '../../../components/load-state';
import { usePreviewing } from '../../../lib/preview';
import {
  categoryText,
  choiceOrder,
  choiceText,
  type NotificationCategory,
  type NotificationChoice,
  type NotificationPreference,
  preferencesQueryOptions,
  useSavePreferences,
} from '../api/preferences';

type Choices = Partial<Record<NotificationCategory, NotificationChoice>>;

const choicesOf = (preferences: NotificationPreference[]): Choices =>
  Object.fromEntries(preferences.map((p) => [p.category, p.choice]));

function CategoryChoice({
  preference,
  value,
  onChange,
}: {
  preference: NotificationPreference;
  value: NotificationChoice;
  onChange: (choice: NotificationChoice) => void;
}) {
  const name = useId();
  const text = categoryText[preference.category];
  return (
    <fieldset className="choices preference" aria-describedby={`${name}-hint`}>
      <legend className="choices__legend">{text.title}</legend>
      <p className="muted preference__hint" id={`${name}-hint`}>
        {text.hint}
        {preference.updatedBy === 'unsubscribe_link' && ' Turned off from an unsubscribe link.'}
      </p>
      <div className="preference__options">
        {choiceOrder
          .filter((choice) => preference.choices.includes(choice))
          .map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={name}
                value={choice}
                checked={value === choice}
                onChange={() => onChange(choice)}
              />
              {choiceText[choice]}
            </label>
          ))}
      </div>
    </fieldset>
  );
}

/** Notification settings: per category, immediately, a daily digest, or off. Reached from the account menu. */
export function NotificationSettingsPage() {
  const query = useQuery(preferencesQueryOptions());
  const save = useSavePreferences();
  const [choices, setChoices] = useState<Choices>({});
  const [saved, setSaved] = useState(false);
  // Office staff viewing as this contact see the choices but cannot change them (the API refuses too).
  const previewing = usePreviewing();

  useEffect(() => {
    if (query.data) setChoices(choicesOf(query.data.preferences));
  }, [query.data]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const preferences = (Object.entries(choices) as [NotificationCategory, NotificationChoice][]).map(
      ([category, choice]) => ({ category, choice }),
    );
    save.mutate({ body: { preferences } }, { onSuccess: () => setSaved(true) });
  }

  return (
    <div className="page">
      <h1 className="page__title">Notification settings</h1>
      <p className="muted">
        Choose which emails you get. A daily digest is one email a day listing everything new. Sign-in links
        and password resets always come, whatever you choose here.
      </p>
      {query.isPending && <Loading>Loading your notification settings…</Loading>}
      {query.isError && (
        <LoadError what="your notification settings" error={query.error} retry={() => void query.refetch()} />
      )}
      {query.data && (
        <form className="preferences" onSubmit={submit}>
          {query.data.preferences.map((preference) => (
            <CategoryChoice
              key={preference.category}
              preference={preference}
              value={choices[preference.category] ?? preference.choice}
              onChange={(choice) => {
                setSaved(false);
                setChoices((current) => ({ ...current, [preference.category]: choice }));
              }}
            />
          ))}
          <div className="preferences__actions">
            <button type="submit" className="button button--primary" disabled={save.isPending || previewing}>
              {save.isPending ? 'Saving…' : 'Save settings'}
            </button>
            <p role="status" className="preferences__status">
              {saved && 'Your notification settings are saved.'}
              {previewing && 'Read-only preview: the contact’s own choices are shown and cannot be changed.'}
            </p>
          </div>
          {save.isError && (
            <p className="alert alert--error" role="alert">
              Your settings were not saved. {problemMessage(save.error)}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
