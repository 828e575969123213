import { fieldErrors, problemMessage } from '@portico/api-client';
import { useId, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import type { ContactDetail } from '../api/contact';
import { useSuspendContact } from '../api/suspension';

const NOTE_MAX = 1000;

interface SuspendDialogProps {
  contact: ContactDetail;
  open: boolean;
  onClose: () => void;
  onSuspended: () => void;
}

export function SuspendDialog({ contact, open, onClose, onSuspended }: SuspendDialogProps) {
  const suspend = useSuspendContact();
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={`Suspend ${contact.firstName}’s portal access?`}
      busy={suspend.isPending}
    >
      <SuspendForm
        contact={contact}
        pending={suspend.isPending}
        error={suspend.error}
        onCancel={() => {
          suspend.reset();
          onClose();
        }}
        onSubmit={(note) =>
          suspend.mutate({ params: { path: { id: contact.id } }, body: { note } }, { onSuccess: onSuspended })
        }
      />
    </Dialog>
  );
}

interface SuspendFormProps {
  contact: ContactDetail;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSubmit: (note: string) => void;
}

/** Mounted per opening, so the note starts empty each time. */
function SuspendForm({ contact, pending, error, onCancel, onSubmit }: SuspendFormProps) {
  const [note, setNote] = useState('');
  const id = useId();
  const noteError = fieldErrors(error).note;
  return (
    <form
      className="dialog__text"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(note.trim());
      }}
    >
      <p>
        {contact.firstName} is signed out of the customer portal at once and cannot sign in until reinstated.
        Invitations stay as they are.
      </p>
      <div className={`field${noteError ? ' field--invalid' : ''}`}>
        <label className="field__label" htmlFor={id}>
          Note shown to them at sign-in
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          Optional. For example whom to call to get access back.
        </p>
        <textarea
          id={id}
          className="field__input contact-note"
          rows={3}
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          aria-describedby={`${id}-hint${noteError ? ` ${id}-error` : ''}`}
          aria-invalid={noteError ? true : undefined}
        />
        {noteError && (
          <p className="field__error" id={`${id}-error`}>
            {noteError}
          </p>
        )}
      </div>
      {error !== null && !noteError && (
        <p className="alert alert--error" role="alert">
          {problemMessage(error)}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--danger" disabled={pending}>
          {pending ? 'Suspending…' : 'Suspend access'}
        </button>
      </div>
    </form>
  );
}
