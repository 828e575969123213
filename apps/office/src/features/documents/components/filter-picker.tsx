import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Combobox } from '../../../components/combobox';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import {
  accountNameOptions,
  accountSearchOptions,
  buildingNameOptions,
  buildingSearchOptions,
} from '../api/filter-lookups';

const SEARCH_DELAY_MS = 250;

interface ChosenProps {
  label: string;
  name: string | undefined;
  onClear: () => void;
}

/** A chosen filter: its name, and a button to drop it (which hands focus back to the search). */
function Chosen({ label, name, onClear }: ChosenProps) {
  return (
    <div className="field">
      <span className="field__label">{label}</span>
      <span className="filter-chip doc-filter__chosen">
        <span className="filter-chip__name">{name ?? 'Loading…'}</span>
        <button type="button" className="filter-chip__clear" onClick={onClear}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">
            Clear the {label.toLowerCase()} filter{name ? ` (${name})` : ''}
          </span>
        </button>
      </span>
    </div>
  );
}

interface PickerProps {
  value: string;
  onChange: (id: string) => void;
}

/** Searches only while open, so the list page does not load accounts it may never need. */
function usePickerSearch() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  return { text, setText, open, setOpen, search };
}

export function AccountFilter({ value, onChange }: PickerProps) {
  const picker = usePickerSearch();
  const accounts = useQuery({ ...accountSearchOptions(picker.search), enabled: picker.open && !value });
  const chosen = useQuery({ ...accountNameOptions(value), enabled: value !== '' });
  if (value) {
    return (
      <Chosen
        label="Account"
        name={chosen.isError ? 'Unknown account' : chosen.data?.name}
        onClear={() => onChange('')}
      />
    );
  }
  return (
    <Combobox
      label="Account"
      text={picker.text}
      onTextChange={picker.setText}
      onOpenChange={picker.setOpen}
      options={(accounts.data?.items ?? []).map((account) => ({
        id: account.id,
        label: account.name,
        sub: account.active ? null : 'Inactive',
      }))}
      loading={accounts.isPending || accounts.isFetching}
      loadError={accounts.isError ? problemMessage(accounts.error) : null}
      emptyText={picker.search ? `No accounts match “${picker.search}”.` : 'No accounts.'}
      onSelect={(option) => {
        picker.setText('');
        onChange(option.id);
      }}
      placeholder="Any account"
    />
  );
}

export function BuildingFilter({ value, onChange, accountId }: PickerProps & { accountId: string }) {
  const picker = usePickerSearch();
  const buildings = useQuery({
    ...buildingSearchOptions(picker.search, accountId),
    enabled: picker.open && !value,
  });
  const chosen = useQuery({ ...buildingNameOptions(value), enabled: value !== '' });
  if (value) {
    return (
      <Chosen
        label="Building"
        name={chosen.isError ? 'Unknown building' : chosen.data?.name}
        onClear={() => onChange('')}
      />
    );
  }
  return (
    <Combobox
      label="Building"
      text={picker.text}
      onTextChange={picker.setText}
      onOpenChange={picker.setOpen}
      options={(buildings.data?.items ?? []).map((building) => ({
        id: building.id,
        label: building.name,
        sub: [building.accountName, building.city].filter(Boolean).join(' · '),
      }))}
      loading={buildings.isPending || buildings.isFetching}
      loadError={buildings.isError ? problemMessage(buildings.error) : null}
      emptyText={picker.search ? `No buildings match “${picker.search}”.` : 'No buildings.'}
      onSelect={(option) => {
        picker.setText('');
        onChange(option.id);
      }}
      placeholder={accountId ? 'Any building of the account' : 'Any building'}
    />
  );
}
