import { fieldErrors, problemStatus } from '@portico/api-client';
import { Spinner, TextField } from '@portico/ui';
import { type FormEvent, useRef, useState } from 'react';
import { formatDateTime, formatMoney } from '../../../lib/format';
import type { PortalDocument } from '../../../lib/portal-types';
import { usePreviewing } from '../../../lib/preview';
import { failureMessage } from '../../../lib/problems';
import { useDecideProposal } from '../api/documents';

type Choice = 'accepted' | 'declined';

/**
 * Accepting or declining a proposal, in the name of the person deciding (the office sees who and
 * when). Two steps, since an answer cannot be taken back from here: choose, then confirm.
 */
export function DecisionForm({ document, defaultName }: { document: PortalDocument; defaultName: string }) {
  const decide = useDecideProposal();
  const [name, setName] = useState(defaultName);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState<Choice | null>(null);
  const [missing, setMissing] = useState<string | undefined>();
  const nameRef = useRef<HTMLInputElement>(null);
  const previewing = usePreviewing();

  if (document.decision) return <DecisionMade decision={document.decision} />;
  if (previewing) return <DecisionInPreview />;

  function choose(choice: Choice) {
    if (!name.trim()) {
      setMissing('Enter the name of the person deciding.');
      nameRef.current?.focus();
      return;
    }
    setMissing(undefined);
    decide.reset();
    setPending(choice);
  }

  function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) return;
    decide.mutate({
      params: { path: { id: document.id } },
      body: { decision: pending, name: name.trim(), ...(note.trim() && { note: note.trim() }) },
    });
  }

  const apiErrors = fieldErrors(decide.error);
  const alreadyDecided = problemStatus(decide.error) === 409;
  const amount = formatMoney(document.amount, document.currency);

  return (
    <form className="decision" onSubmit={confirm} aria-labelledby="decision-title" noValidate>
      <h3 id="decision-title" className="section-title">
        Your decision
      </h3>
      <TextField
        ref={nameRef}
        label="Your name"
        hint="The office sees who decided, and when."
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={missing ?? apiErrors.name}
        autoComplete="name"
        maxLength={200}
        disabled={pending !== null}
      />
      <div className="field">
        <label className="field__label" htmlFor="decision-note">
          Note for the office <span className="muted">(optional)</span>
        </label>
        <textarea
          id="decision-note"
          className="field__input field__textarea"
          value={note}
          onChange={(event) => setNote(event.target.value)}
          maxLength={2000}
          rows={3}
          disabled={pending !== null}
        />
      </div>
      {pending === null ? (
        <div className="actions">
          <button type="button" className="button button--primary" onClick={() => choose('accepted')}>
            Accept proposal
          </button>
          <button type="button" className="button button--danger" onClick={() => choose('declined')}>
            Decline proposal
          </button>
        </div>
      ) : (
        <fieldset className="alert alert--warning confirm" aria-labelledby="confirm-text">
          <p id="confirm-text">
            {pending === 'accepted' ? 'Accept' : 'Decline'} “{document.title}”
            {document.amount !== null && ` (${amount})`} as {name.trim()}? This cannot be changed here
            afterwards.
          </p>
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={decide.isPending}>
              {decide.isPending && <Spinner size="sm" />}
              {pending === 'accepted' ? 'Yes, accept' : 'Yes, decline'}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setPending(null)}
              disabled={decide.isPending}
            >
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      {decide.isError && (
        <p className="alert alert--error" role="alert">
          {alreadyDecided
            ? 'Someone has already answered this proposal. The page now shows their decision.'
            : failureMessage(decide.error)}
        </p>
      )}
    </form>
  );
}

export function DecisionMade({ decision }: { decision: NonNullable<PortalDocument['decision']> }) {
  const accepted = decision.decision === 'accepted';
  return (
    <div className={`alert ${accepted ? 'alert--info' : 'alert--warning'}`} role="status">
      <p>
        <strong>{accepted ? 'Accepted' : 'Declined'}</strong> by {decision.name} on{' '}
        {formatDateTime(decision.decidedAt)}.
      </p>
      {decision.note && <p>Note: {decision.note}</p>}
    </div>
  );
}

/** Office staff viewing as the customer see where the customer decides, but cannot decide for them. */
function DecisionInPreview() {
  return (
    <section className="decision" aria-labelledby="decision-title">
      <h3 id="decision-title" className="section-title">
        Your decision
      </h3>
      <p className="muted">
        The customer accepts or declines this proposal here. That is turned off in the read-only preview.
      </p>
      <div className="actions">
        <button type="button" className="button button--primary" disabled>
          Accept proposal
        </button>
        <button type="button" className="button button--danger" disabled>
          Decline proposal
        </button>
      </div>
    </section>
  );
}
