import { Spinner } from '@portico/ui';
import { type FormEvent, useState } from 'react';
import type { ContactDetail } from '../api/contact';
import { useUpdateContact } from '../api/contact-mutations';
import { type ContactDetailsValues, detailsPatch } from '../utils/contact-form';
import { type ContactField, contactFormErrors } from '../utils/contact-form-errors';
import { DetailsFields } from './details-fields';

const valuesOf = (c: ContactDetail): ContactDetailsValues => ({
  firstName: c.firstName,
  lastName: c.lastName,
  email: c.email ?? '',
  phone: c.phone ?? '',
  jobTitle: c.jobTitle ?? '',
});

/** Edits are the person's until saved; a save shows what the API stored. */
export function ContactDetailsSection({ contact, canWrite }: { contact: ContactDetail; canWrite: boolean }) {
  const update = useUpdateContact();
  const [saved, setSaved] = useState(contact);
  const [values, setValues] = useState(() => valuesOf(contact));
  const [missing, setMissing] = useState<Partial<Record<ContactField, string>>>({});
  const [justSaved, setJustSaved] = useState(false);
  const patch = detailsPatch(saved, values);
  const fromApi = contactFormErrors(update.error);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!values.firstName.trim()) {
      setMissing({ firstName: 'Enter a first name.' });
      return;
    }
    if (!patch) return;
    update.mutate(
      { params: { path: { id: contact.id } }, body: patch },
      {
        onSuccess: (next) => {
          setSaved(next);
          setValues(valuesOf(next));
          setJustSaved(true);
        },
      },
    );
  }

  return (
    <section className="card" aria-labelledby="contact-details-title">
      <h2 id="contact-details-title" className="card__title">
        Details
      </h2>
      <form onSubmit={submit} noValidate className="stack" aria-busy={update.isPending}>
        <DetailsFields
          values={values}
          errors={{ ...fromApi.fields, ...missing }}
          disabled={!canWrite}
          onChange={(key, value) => {
            setValues((current) => ({ ...current, [key]: value }));
            setMissing({});
            setJustSaved(false);
          }}
        />
        {fromApi.form && (
          <p className="alert alert--error" role="alert">
            {fromApi.form}
          </p>
        )}
        {canWrite ? (
          <div className="actions actions--center">
            <button type="submit" className="button button--primary" disabled={!patch || update.isPending}>
              {update.isPending ? (
                <>
                  <Spinner size="sm" /> Saving…
                </>
              ) : (
                'Save details'
              )}
            </button>
            {patch && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setValues(valuesOf(saved));
                  setMissing({});
                  update.reset();
                }}
              >
                Discard changes
              </button>
            )}
            <p className="form-status contact-status" role="status">
              {justSaved && !patch ? 'Saved.' : ''}
            </p>
          </div>
        ) : (
          <p className="field__hint">Editing contacts needs the contacts.write permission.</p>
        )}
      </form>
    </section>
  );
}
