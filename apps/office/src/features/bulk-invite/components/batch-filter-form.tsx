import { Spinner } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import type { FilterDraft, FlagFilter, TextFilter } from '../api/batch-filter';
import { filterChoicesOptions } from '../api/filter-choices';
import { ChoiceField } from './choice-field';

const textLabels: Record<TextFilter, string> = {
  division: 'Division',
  accountClass: 'Account class',
  billGroup: 'Bill group',
  accountSource: 'Account source',
  siteSource: 'Site source',
};

const flagLabels: Record<FlagFilter, string> = {
  withActiveServices: 'Accounts with active services',
  withBalanceDue: 'Accounts with a balance due',
  billingContactsOnly: 'Billing contacts only',
  withoutAutopay: 'Accounts without automatic payment',
  activeCustomersOnly: 'Active customers only',
};

interface BatchFilterFormProps {
  draft: FilterDraft;
  onChange: (draft: FilterDraft) => void;
  onLoad: () => void;
  loading: boolean;
  /** Counts are on screen for other filters than these. */
  stale: boolean;
}

export function BatchFilterForm({ draft, onChange, onLoad, loading, stale }: BatchFilterFormProps) {
  const choices = useQuery(filterChoicesOptions());

  function submit(event: FormEvent) {
    event.preventDefault();
    onLoad();
  }

  return (
    <search aria-label="Who to invite">
      <form className="bulk-filters" onSubmit={submit}>
        <fieldset className="bulk-filters__group">
          <legend className="bulk-filters__legend">Accounts and sites</legend>
          <div className="bulk-filters__fields">
            {(Object.keys(textLabels) as TextFilter[]).map((key) => (
              <ChoiceField
                key={key}
                label={textLabels[key]}
                value={draft[key]}
                onChange={(value) => onChange({ ...draft, [key]: value })}
                choices={choices.data?.values[key]}
                complete={choices.data?.complete ?? false}
              />
            ))}
          </div>
          {choices.isError && (
            <p className="field__hint">The known values could not be read; type a value to filter by it.</p>
          )}
        </fieldset>
        <fieldset className="bulk-filters__group">
          <legend className="bulk-filters__legend">Narrow down</legend>
          <div className="bulk-filters__flags">
            {(Object.keys(flagLabels) as FlagFilter[]).map((key) => (
              <label key={key} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft[key]}
                  onChange={(event) => onChange({ ...draft, [key]: event.target.checked })}
                />
                <span>{flagLabels[key]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="bulk-filters__actions">
          <button type="submit" className="button button--primary" disabled={loading}>
            {loading ? (
              <>
                <Spinner size="sm" /> Loading…
              </>
            ) : stale ? (
              'Load again'
            ) : (
              'Load'
            )}
          </button>
          <p className="field__hint">
            Counts who the filters reach. Load again after changing a filter, before sending.
          </p>
        </div>
      </form>
    </search>
  );
}
