import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { accountChoicesOptions, accountOptions } from '../api/account-choices';

interface AccountSelectProps {
  label: string;
  value: string;
  onChange: (accountId: string) => void;
  /** The label of the '' option ("All accounts"); without it an account must be chosen. */
  emptyLabel: string;
  error?: string | undefined;
  required?: boolean;
}

export function AccountSelect({ label, value, onChange, emptyLabel, error, required }: AccountSelectProps) {
  const id = useId();
  const choices = useQuery(accountChoicesOptions());
  const listed = choices.data?.items.some((account) => account.id === value) ?? false;
  // Chosen before (URL, saved building) but not among the first 200: fetch its name alone.
  const chosen = useQuery({
    ...accountOptions(value),
    enabled: value !== '' && choices.isSuccess && !listed,
  });
  const message =
    error ?? (choices.isError ? `Could not load accounts: ${problemMessage(choices.error)}` : undefined);

  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
      >
        <option value="">{choices.isPending ? 'Loading accounts…' : emptyLabel}</option>
        {value && !listed && <option value={value}>{chosen.data?.name ?? 'Chosen account'}</option>}
        {choices.data?.items.map((account) => (
          <option key={account.id} value={account.id}>
            {account.active ? account.name : `${account.name} (inactive)`}
          </option>
        ))}
      </select>
      {message && (
        <p className="field__error" id={`${id}-error`}>
          {message}
        </p>
      )}
    </div>
  );
}
