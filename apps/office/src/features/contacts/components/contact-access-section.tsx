import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useState } from 'react';
import type { ContactDetail } from '../api/contact';
import { useUpdateContact } from '../api/contact-mutations';
import { type AccessAreas, accessAreas } from '../utils/contact-form';
import { AccessFields } from './access-fields';

const same = (a: AccessAreas, b: AccessAreas) => accessAreas.every(({ key }) => a[key] === b[key]);

export function ContactAccessSection({ contact, canManage }: { contact: ContactDetail; canManage: boolean }) {
  const update = useUpdateContact();
  const [saved, setSaved] = useState<AccessAreas>(contact.access);
  const [value, setValue] = useState<AccessAreas>(contact.access);
  const [justSaved, setJustSaved] = useState(false);
  const changed = !same(saved, value);

  return (
    <section className="card" aria-labelledby="contact-access-title">
      <h2 id="contact-access-title" className="card__title">
        What they may see
      </h2>
      <form
        className="stack"
        aria-busy={update.isPending}
        onSubmit={(event) => {
          event.preventDefault();
          update.mutate(
            { params: { path: { id: contact.id } }, body: { access: value } },
            {
              onSuccess: (next) => {
                setSaved(next.access);
                setValue(next.access);
                setJustSaved(true);
              },
            },
          );
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
            <button type="submit" className="button button--primary" disabled={!changed || update.isPending}>
              {update.isPending ? (
                <>
                  <Spinner size="sm" /> Saving…
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
    </section>
  );
}
