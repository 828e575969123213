import { fieldErrors, problemMessage } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Combobox, type ComboboxOption } from '../../../components/combobox';
import { Dialog } from '../../../components/dialog';
import { DialogFormActions } from '../../../components/form-actions';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import {
  accountSearchOptions,
  type InboundChannel,
  type InboundContact,
  useCreateInboundContact,
} from '../api/inbound-contacts';

const SEARCH_DELAY_MS = 250;
const MAX_COUNT = 1000;

/** `YYYY-MM-DDTHH:MM` in the browser's zone: what a datetime-local input holds. */
function localNow(now = new Date()): string {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

const channels: { value: InboundChannel; label: string }[] = [
  { value: 'email', label: 'Email' },
  { value: 'call', label: 'Phone call' },
];

interface LogInboundDialogProps {
  open: boolean;
  onClose: () => void;
  onLogged: (entry: InboundContact) => void;
}

/** Log an email or call (or a tally: "12 calls today") that reached the office outside the portal. */
export function LogInboundDialog({ open, onClose, onLogged }: LogInboundDialogProps) {
  const create = useCreateInboundContact();
  return (
    <Dialog open={open} onClose={onClose} title="Log an email or call" busy={create.isPending}>
      <LogInboundForm
        pending={create.isPending}
        error={create.error}
        onCancel={onClose}
        onSubmit={(body) => create.mutate({ body }, { onSuccess: (entry) => onLogged(entry) })}
      />
    </Dialog>
  );
}

interface FormProps {
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (body: {
    channel: InboundChannel;
    occurredAt: string;
    count: number;
    accountId: string | null;
    subject: string | null;
  }) => void;
}

function LogInboundForm({ pending, error, onCancel, onSubmit }: FormProps) {
  const [channel, setChannel] = useState<InboundChannel>('email');
  const [when, setWhen] = useState(() => localNow());
  const [count, setCount] = useState('1');
  const [subject, setSubject] = useState('');
  const [customer, setCustomer] = useState<ComboboxOption | null>(null);
  const [checked, setChecked] = useState(false);
  const fromApi = fieldErrors(error);
  const n = Number(count);
  const countValid = Number.isInteger(n) && n >= 1 && n <= MAX_COUNT;
  const whenValid = when !== '' && !Number.isNaN(new Date(when).getTime());
  const whenError = checked && !whenValid ? 'Enter the date and time.' : fromApi.occurredAt;
  const countError = checked && !countValid ? `Enter a whole number from 1 to ${MAX_COUNT}.` : fromApi.count;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (!whenValid || !countValid) return;
        onSubmit({
          channel,
          occurredAt: new Date(when).toISOString(),
          count: n,
          accountId: customer?.id ?? null,
          subject: subject.trim() || null,
        });
      }}
    >
      <fieldset className="contact-fieldset">
        <legend className="contact-fieldset__legend">Channel</legend>
        {channels.map((choice) => (
          <label key={choice.value} className="checkbox">
            <input
              type="radio"
              name="channel"
              value={choice.value}
              checked={channel === choice.value}
              onChange={() => setChannel(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label="When"
        type="datetime-local"
        value={when}
        onChange={(event) => setWhen(event.target.value)}
        error={whenError}
        required
      />
      <TextField
        label="How many"
        hint="More than 1 logs a tally, e.g. all of today's calls in one entry."
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_COUNT}
        value={count}
        onChange={(event) => setCount(event.target.value)}
        error={countError}
      />
      <CustomerField chosen={customer} onChange={setCustomer} error={fromApi.accountId} />
      <TextField
        label="About (optional)"
        hint="e.g. “Asked for a copy of the March invoice”."
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        maxLength={500}
        autoComplete="off"
        error={fromApi.subject}
      />
      <DialogFormActions
        error={error}
        pending={pending}
        submitLabel="Log it"
        pendingLabel="Logging…"
        onCancel={onCancel}
      />
    </form>
  );
}

function CustomerField({
  chosen,
  onChange,
  error,
}: {
  chosen: ComboboxOption | null;
  onChange: (option: ComboboxOption | null) => void;
  error: string | undefined;
}) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  // Searches only while open: most entries are logged without a customer.
  const found = useQuery({ ...accountSearchOptions(search), enabled: open });
  if (chosen) {
    return (
      <div className="field">
        <span className="field__label">Customer</span>
        <span className="filter-chip">
          <span className="filter-chip__name">{chosen.label}</span>
          <button type="button" className="filter-chip__clear" onClick={() => onChange(null)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Remove the customer {chosen.label}</span>
          </button>
        </span>
        {error && <p className="field__error">{error}</p>}
      </div>
    );
  }
  return (
    <Combobox
      label="Customer (optional)"
      hint="Who it came from, when you know."
      error={error}
      text={text}
      onTextChange={setText}
      onOpenChange={setOpen}
      options={(found.data?.items ?? []).map((account) => ({ id: account.id, label: account.name }))}
      loading={found.isPending || found.isFetching}
      loadError={found.isError ? problemMessage(found.error) : null}
      emptyText={search ? `No customers match “${search}”.` : 'No customers yet.'}
      onSelect={(option) => {
        setText('');
        onChange(option);
      }}
      placeholder="Search customers"
    />
  );
}
