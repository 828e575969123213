import { Spinner } from '@portico/ui';
import { type FormEvent, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { usePermissions } from '../../../lib/permissions';
import { useCreateContact } from '../api/contact-mutations';
import {
  type ContactDetailsValues,
  createContactBody,
  defaultAccess,
  emptyDetails,
  type NewContactValues,
} from '../utils/contact-form';
import { type ContactField, contactFormErrors } from '../utils/contact-form-errors';
import { AccessFields } from './access-fields';
import { DetailsFields } from './details-fields';
import { AccountLinksField, BuildingLinksField } from './link-fields';

interface NewContactFormProps {
  /** Accounts or buildings chosen before (from an account's or building's page). */
  initial?: Pick<Partial<NewContactValues>, 'accounts' | 'buildings'>;
  cancelTo: string;
}

export function NewContactForm({ initial, cancelTo }: NewContactFormProps) {
  const navigate = useNavigate();
  const create = useCreateContact();
  const { can } = usePermissions();
  const canInvite = can('invitations.send');
  const canManageAccess = can('access.manage');
  const [values, setValues] = useState<NewContactValues>({
    ...emptyDetails,
    accounts: initial?.accounts ?? [],
    buildings: initial?.buildings ?? [],
    access: defaultAccess,
    invite: false,
  });
  const [missing, setMissing] = useState<Partial<Record<ContactField, string>>>({});
  const refs = {
    firstName: useRef<HTMLInputElement>(null),
    lastName: useRef<HTMLInputElement>(null),
    email: useRef<HTMLInputElement>(null),
    phone: useRef<HTMLInputElement>(null),
    jobTitle: useRef<HTMLInputElement>(null),
  };
  const alertRef = useRef<HTMLDivElement>(null);

  const fromApi = contactFormErrors(create.error);
  const errors = { ...fromApi.fields, ...missing };
  const set = <K extends keyof NewContactValues>(key: K, value: NewContactValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));

  function focusFirstInvalid(invalid: Partial<Record<ContactField, string>>) {
    const first = (Object.keys(refs) as (keyof ContactDetailsValues)[]).find((key) => invalid[key]);
    if (first) refs[first].current?.focus();
    else alertRef.current?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Only what the API cannot phrase better is checked here: a contact needs a first name.
    const local = values.firstName.trim() ? {} : { firstName: 'Enter a first name.' };
    setMissing(local);
    if (local.firstName) {
      create.reset();
      focusFirstInvalid(local);
      return;
    }
    create.mutate(
      { body: createContactBody(values, { manageAccess: canManageAccess, invite: canInvite }) },
      {
        onSuccess: (contact) => navigate(`/contacts/${contact.id}`),
        onError: (error) => focusFirstInvalid(contactFormErrors(error).fields),
      },
    );
  }

  return (
    <form className="contact-form" onSubmit={submit} noValidate aria-busy={create.isPending}>
      {fromApi.form && (
        <div className="alert alert--error" role="alert" tabIndex={-1} ref={alertRef}>
          {fromApi.form}
        </div>
      )}
      <section className="card" aria-labelledby="new-contact-details">
        <h2 id="new-contact-details" className="card__title">
          Details
        </h2>
        <DetailsFields
          values={values}
          refs={refs}
          errors={errors}
          onChange={(key, value) => {
            set(key, value);
            setMissing(({ [key]: _cleared, ...rest }) => rest);
          }}
          emailHint="Needed to invite them to the portal."
        />
      </section>
      <section className="card" aria-labelledby="new-contact-links">
        <h2 id="new-contact-links" className="card__title">
          Accounts and buildings
        </h2>
        <AccountLinksField
          value={values.accounts}
          onChange={(v) => set('accounts', v)}
          error={errors.accounts}
        />
        <BuildingLinksField
          value={values.buildings}
          onChange={(v) => set('buildings', v)}
          error={errors.buildings}
        />
      </section>
      <section className="card" aria-labelledby="new-contact-portal">
        <h2 id="new-contact-portal" className="card__title">
          Customer portal
        </h2>
        <AccessFields
          value={values.access}
          onChange={(v) => set('access', v)}
          canManage={canManageAccess}
          error={errors.access}
        />
        {canInvite ? (
          <div className="field">
            <label className="checkbox">
              <input
                type="checkbox"
                name="invite"
                checked={values.invite}
                onChange={(event) => set('invite', event.target.checked)}
              />
              <span>
                Invite to customer portal{' '}
                <span className="muted">— emails them a link to register once the contact is saved</span>
              </span>
            </label>
            {errors.invite && <p className="field__error">{errors.invite}</p>}
          </div>
        ) : (
          <p className="field__hint">
            Inviting to the portal needs the invitations.send permission; someone who has it can invite them
            later.
          </p>
        )}
      </section>
      <div className="contact-form__actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? (
            <>
              <Spinner size="sm" /> Saving…
            </>
          ) : values.invite && canInvite ? (
            'Create and invite'
          ) : (
            'Create contact'
          )}
        </button>
        <Link className="button button--secondary" to={cancelTo}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
