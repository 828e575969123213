import { fieldErrors } from '@portico/api-client';
import { TextField } from '@portico/ui';
import { useState } from 'react';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { DialogFormActions } from '../../../components/form-actions';
import { eventChoices } from '../api/event-types';
import type { WebhookEventType } from '../api/webhooks';

/** Each event's box: what happened, and the type as the payload names it. */
const eventBoxes = eventChoices.map((choice) => ({
  value: choice.type,
  label: (
    <>
      {choice.label} <code className="webhook-events__code">{choice.type}</code>
    </>
  ),
}));

export interface EndpointFormValues {
  url: string;
  description: string;
  events: WebhookEventType[];
}

interface EndpointFormProps {
  initial?: EndpointFormValues;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (values: EndpointFormValues) => void;
}

/** URL, description and event checkboxes: the create and edit dialogs share it. */
export function EndpointForm(props: EndpointFormProps) {
  const { initial, submitLabel, pendingLabel, pending, error, onCancel, onSubmit } = props;
  const [url, setUrl] = useState(initial?.url ?? '');
  const [description, setDescription] = useState(initial?.description ?? '');
  const [events, setEvents] = useState<WebhookEventType[]>(initial?.events ?? []);
  const [checked, setChecked] = useState(false);
  const fromApi = fieldErrors(error);
  const urlError = checked && url.trim() === '' ? 'Enter the URL that receives the events.' : fromApi.url;
  const eventsError = checked && events.length === 0 ? 'Choose at least one event.' : fromApi.events;

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (url.trim() === '' || events.length === 0) return;
        onSubmit({ url: url.trim(), description: description.trim(), events });
      }}
    >
      <TextField
        label="URL"
        hint="Portico POSTs each event here as JSON. Use https."
        type="url"
        inputMode="url"
        value={url}
        onChange={(event) => setUrl(event.target.value)}
        error={urlError}
        maxLength={2000}
        autoComplete="off"
        placeholder="https://example.com/hooks/portico"
        autoFocus
      />
      <TextField
        label="Description (optional)"
        hint="Which system receives it: “CRM sync”."
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        maxLength={500}
        autoComplete="off"
      />
      <CheckboxGroup
        legend="Events to send"
        className="webhook-events"
        choices={eventBoxes}
        value={events}
        onChange={setEvents}
        error={eventsError}
      />
      <DialogFormActions
        error={error}
        pending={pending}
        submitLabel={submitLabel}
        pendingLabel={pendingLabel}
        onCancel={onCancel}
      />
    </form>
  );
}
