import { fieldErrors, problemMessage } from '@portico/api-client';
import { type FormEvent, useId, useState } from 'react';
import { nextStatuses, statusLabels } from '../api/labels';
import {
  type ServiceRequest,
  type ServiceRequestStatus,
  useUpdateServiceRequest,
} from '../api/service-requests';

/** `datetime-local` gives local time without a zone: send it as the instant the person meant. */
const toIso = (local: string) => (local ? new Date(local).toISOString() : null);

/**
 * The office moves a request on. Only the moves the status allows are offered; declining asks for
 * the reason the customer will read, reopening for a note, scheduling for a date.
 */
export function StatusForm({ request }: { request: ServiceRequest }) {
  const choices = nextStatuses[request.status];
  const [status, setStatus] = useState<ServiceRequestStatus>(choices[0] ?? request.status);
  const [note, setNote] = useState('');
  const [when, setWhen] = useState('');
  const update = useUpdateServiceRequest(request.id);
  const id = useId();
  const reopening = request.status === 'done' || request.status === 'declined';
  const noteRequired = status === 'declined' || reopening;
  const errors = fieldErrors(update.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { status, note: note.trim() || null, ...(status === 'scheduled' && { scheduledFor: toIso(when) }) },
      {
        onSuccess: (updated) => {
          setNote('');
          setWhen('');
          setStatus(nextStatuses[updated.status][0] ?? updated.status);
        },
      },
    );
  };

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {reopening ? 'Reopen' : 'Update status'}
      </h2>
      <label className="field">
        <span className="field__label">New status</span>
        <select
          className="field__input"
          value={status}
          onChange={(e) => setStatus(e.target.value as ServiceRequestStatus)}
        >
          {choices.map((s) => (
            <option key={s} value={s}>
              {s === request.status ? `${statusLabels[s]} (new date)` : statusLabels[s]}
            </option>
          ))}
        </select>
      </label>
      {status === 'scheduled' && (
        <label className="field">
          <span className="field__label">Visit planned for</span>
          <input
            className="field__input"
            type="datetime-local"
            value={when}
            onChange={(e) => setWhen(e.target.value)}
            aria-invalid={Boolean(errors.scheduledFor)}
          />
          {errors.scheduledFor && <span className="field__error">{errors.scheduledFor}</span>}
        </label>
      )}
      <label className="field">
        <span className="field__label">
          {status === 'declined'
            ? 'Reason (the customer reads it)'
            : reopening
              ? 'Why it is reopened'
              : 'Note for the customer (optional)'}
        </span>
        <textarea
          className="field__input"
          rows={3}
          maxLength={2000}
          required={noteRequired}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-invalid={Boolean(errors.note)}
        />
        {errors.note && <span className="field__error">{errors.note}</span>}
      </label>
      {update.isError && Object.keys(errors).length === 0 && (
        <p className="alert alert--error" role="alert">
          {problemMessage(update.error)}
        </p>
      )}
      {update.isSuccess && (
        <p className="alert alert--info" role="status">
          Saved. The requester is emailed unless they turned these emails off.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
