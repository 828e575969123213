import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { accountSearchOptions, buildingSearchOptions } from '../api/lookups';

const SEARCH_DELAY_MS = 250;

interface PickerProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  onSelect: (option: ComboboxOption) => void;
  /** Already linked or chosen: not offered again. */
  excludeIds?: readonly string[];
  disabled?: boolean;
}

/** Searches only while open, so a page with a picker does not load accounts it may never need. */
function usePickerSearch() {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  return { text, setText, open, setOpen, search };
}

export function AccountPicker({ label, hint, error, onSelect, excludeIds = [], disabled }: PickerProps) {
  const picker = usePickerSearch();
  const accounts = useQuery({ ...accountSearchOptions(picker.search), enabled: picker.open });
  const options = (accounts.data?.items ?? [])
    .filter((account) => !excludeIds.includes(account.id))
    .map((account) => ({
      id: account.id,
      label: account.name,
      sub: [account.externalId && `#${account.externalId}`, !account.active && 'Inactive']
        .filter(Boolean)
        .join(' · '),
    }));
  return (
    <Combobox
      label={label}
      {...(hint && { hint })}
      error={error}
      text={picker.text}
      onTextChange={picker.setText}
      onOpenChange={picker.setOpen}
      options={options}
      loading={accounts.isPending || accounts.isFetching}
      loadError={accounts.isError ? problemMessage(accounts.error) : null}
      emptyText={picker.search ? `No accounts match “${picker.search}”.` : 'No accounts to choose.'}
      onSelect={(option) => {
        picker.setText('');
        onSelect(option);
      }}
      placeholder="Search accounts"
      disabled={disabled}
    />
  );
}

export function BuildingPicker({ label, hint, error, onSelect, excludeIds = [], disabled }: PickerProps) {
  const picker = usePickerSearch();
  const buildings = useQuery({ ...buildingSearchOptions(picker.search), enabled: picker.open });
  const options = (buildings.data?.items ?? [])
    .filter((building) => !excludeIds.includes(building.id))
    .map((building) => ({
      id: building.id,
      label: building.name,
      sub: [building.accountName, building.city].filter(Boolean).join(' · '),
    }));
  return (
    <Combobox
      label={label}
      {...(hint && { hint })}
      error={error}
      text={picker.text}
      onTextChange={picker.setText}
      onOpenChange={picker.setOpen}
      options={options}
      loading={buildings.isPending || buildings.isFetching}
      loadError={buildings.isError ? problemMessage(buildings.error) : null}
      emptyText={picker.search ? `No buildings match “${picker.search}”.` : 'No buildings to choose.'}
      onSelect={(option) => {
        picker.setText('');
        onSelect(option);
      }}
      placeholder="Search buildings by name or address"
      disabled={disabled}
    />
  );
}
