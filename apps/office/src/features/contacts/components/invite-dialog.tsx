import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { type InviteResult as Result, useBulkInvite } from '../api/invitations';
import type { ContactFilterQuery } from '../utils/contact-filters';
import { InviteResultSummary } from './invite-result-summary';

export type InviteTarget = { contactIds: string[] } | { filter: ContactFilterQuery };

interface InviteDialogProps {
  open: boolean;
  /** How many contacts the target names (the list's total for "all matching"). */
  count: number;
  target: InviteTarget;
  onClose: () => void;
  /** The batch was made: the selection has served its purpose. */
  onSent: () => void;
}

export function InviteDialog({ open, onClose, ...body }: InviteDialogProps) {
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} onClose={onClose} title="Invite to the customer portal" busy={busy}>
      <InviteDialogBody {...body} onClose={onClose} onBusyChange={setBusy} />
    </Dialog>
  );
}

interface BodyProps extends Omit<InviteDialogProps, 'open'> {
  onBusyChange: (busy: boolean) => void;
}

/** Mounted per opening: what it asks about, and its idempotency key, are fixed for its life. */
function InviteDialogBody({ count, target, onClose, onSent, onBusyChange }: BodyProps) {
  const invite = useBulkInvite();
  // One key per confirmation: a double click, or "Try again" after a lost answer, is one batch.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [asked] = useState({ count, target });

  function send() {
    onBusyChange(true);
    invite.mutate(
      { body: asked.target, params: { header: { 'idempotency-key': idempotencyKey } } },
      { onSuccess: onSent, onSettled: () => onBusyChange(false) },
    );
  }

  if (invite.isSuccess) return <InviteResult result={invite.data} onClose={onClose} />;

  return (
    <>
      <div className="dialog__text">
        <p>
          Send a portal invitation to{' '}
          <strong>{asked.count === 1 ? '1 contact' : `${asked.count.toLocaleString()} contacts`}</strong>?
        </p>
        <p className="muted">
          Each gets an email with a link to register. Contacts already enrolled, suspended or without an email
          address are skipped and counted.
        </p>
      </div>
      {invite.isError && (
        <p className="alert alert--error" role="alert">
          {problemMessage(invite.error)}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={send} disabled={invite.isPending}>
          {invite.isPending ? (
            <>
              <Spinner size="sm" /> Sending…
            </>
          ) : invite.isError ? (
            'Try again'
          ) : (
            'Send invites'
          )}
        </button>
      </div>
    </>
  );
}

function InviteResult({ result, onClose }: { result: Result; onClose: () => void }) {
  const done = useRef<HTMLButtonElement>(null);
  // The button that was clicked is gone: put the focus where the next step is.
  useEffect(() => done.current?.focus(), []);
  return (
    <>
      <InviteResultSummary result={result} />
      <div className="dialog__actions">
        <button ref={done} type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      </div>
    </>
  );
}
