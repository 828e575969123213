import { problemMessage } from '@portico/api-client';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Combobox } from '../../../components/combobox';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { customerNameOptions, customerSearchOptions } from '../api/customer-lookup';

const SEARCH_DELAY_MS = 250;

interface CustomerPickerProps {
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Picks customers one by one (search by name); each chosen one is a chip that can be dropped. */
export function CustomerPicker({ chosen, onChange }: CustomerPickerProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  // Searches only while open: the report does not load accounts it may never need.
  const found = useQuery({ ...customerSearchOptions(search), enabled: open });
  const names = useQueries({ queries: chosen.map((id) => customerNameOptions(id)) });
  const options = (found.data?.items ?? [])
    .filter((account) => !chosen.includes(account.id))
    .map((account) => ({ id: account.id, label: account.name, sub: account.active ? null : 'Inactive' }));

  return (
    <div className="report-customers">
      <Combobox
        label="Pick customers"
        text={text}
        onTextChange={setText}
        onOpenChange={setOpen}
        options={options}
        loading={found.isPending || found.isFetching}
        loadError={found.isError ? problemMessage(found.error) : null}
        emptyText={search ? `No other customers match “${search}”.` : 'No other customers.'}
        onSelect={(option) => {
          setText('');
          onChange([...chosen, option.id]);
        }}
        placeholder={chosen.length > 0 ? 'Add a customer' : 'Any customer'}
      />
      {chosen.length > 0 && (
        <ul className="report-customers__chips" aria-label="Chosen customers">
          {chosen.map((id, index) => {
            const name = names[index];
            const label = name?.isError ? 'Unknown customer' : (name?.data?.name ?? 'Loading…');
            return (
              <li key={id} className="filter-chip">
                <span className="filter-chip__name">{label}</span>
                <button
                  type="button"
                  className="filter-chip__clear"
                  onClick={() => onChange(chosen.filter((other) => other !== id))}
                >
                  <span aria-hidden="true">×</span>
                  <span className="visually-hidden">Remove {label} from the filter</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
