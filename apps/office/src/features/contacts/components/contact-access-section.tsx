import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useState } from 'react';
import { contactName } from '../../../lib/contact-name';
import type { ContactDetail } from '../api/contact';
import { useUpdateContact } from '../api/contact-mutations';
import { type AccessAreas, accessAreas } from '../utils/contact-form';
import { useAccessChangeConfirmation } from './access-change-dialog';
import { AccessFields } from './access-fields';

const same = (a: AccessAreas, b: AccessAreas) => accessAreas.every(({ key }) => a[key] === b[key]);

/** "Add invoices; remove proposals": the change as the confirmation step names it. */
function describeChange(from: AccessAreas, to: AccessAreas): string {
  const names = (on: boolean) =>
    accessAreas
      .filter(({ key }) => from[key] !== to[key] && to[key] === on)
      .map(({ label }) => label.toLowerCase())
      .join(', ');
  const added = names(true);
  const removed = names(false);
  return [added && `Add ${added}`, removed && `${added ? 'remove' : 'Remove'} ${removed}`]
    .filter(Boolean)
    .join('; ');
}

export function ContactAccessSection({ contact, canManage }: { contact: ContactDetail; canManage: boolean }) {
  const update = useUpdateContact();
  const [saved, setSaved] = useState<AccessAreas>(contact.access);
  const [value, setValue] = useState<AccessAreas>(contact.access);
  const [justSaved, setJustSaved] = useState(false);
  const confirmation = useAccessChangeConfirmation({ id: contact.id, name: contactName(contact) }, canManage);
  const changed = !same(saved, value);
  const busy = update.isPending || confirmation.checking;

  return (
    <section className="card" aria-labelledby="contact-access-title">
      <h2 id="contact-access-title" className="card__title">
        What they may see
      </h2>
      <form
        className="stack"
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          if (!changed) return;
          confirmation.request({
            change: { access: value },
            what: describeChange(saved, value),
            apply: () =>
              update
                .mutateAsync({ params: { path: { id: contact.id } }, body: { access: value } })
                .then((next) => {
                  setSaved(next.access);
                  setValue(next.access);
                  setJustSaved(true);
                }),
            discard: () => setValue(saved),
          });
        }}
      >
        <AccessFields
          value={value}
          canManage={canManage}
          legendHidden
          onChange={(next) => {
            setValue(next);
            setJustSaved(false);
          }}
        />
        {update.isError && (
          <p className="alert alert--error" role="alert">
            {problemMessage(update.error)}
          </p>
        )}
        {canManage && (
          <div className="actions actions--center">
            <button type="submit" className="button button--primary" disabled={!changed || busy}>
              {busy ? (
                <>
                  <Spinner size="sm" /> {confirmation.checking ? 'Checking…' : 'Saving…'}
                </>
              ) : (
                'Save access'
              )}
            </button>
            <p className="form-status contact-status" role="status">
              {justSaved && !changed ? 'Saved. It applies at once.' : ''}
            </p>
          </div>
        )}
      </form>
      {confirmation.dialog}
    </section>
  );
}
