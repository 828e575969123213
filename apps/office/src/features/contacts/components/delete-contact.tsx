import { problemMessage } from '@portico/api-client';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/dialog';
import { contactName } from '../../../lib/contact-name';
import type { ContactDetail } from '../api/contact';
import { useDeleteContact } from '../api/contact-mutations';

export function DeleteContact({ contact }: { contact: ContactDetail }) {
  const remove = useDeleteContact();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const name = contactName(contact);
  return (
    <>
      <button
        type="button"
        className="button button--danger-outline"
        onClick={() => {
          remove.reset();
          setOpen(true);
        }}
      >
        Delete contact
      </button>
      <ConfirmDialog
        open={open}
        title={`Delete ${name}?`}
        confirmLabel="Delete contact"
        pendingLabel="Deleting…"
        pending={remove.isPending}
        error={remove.isError ? problemMessage(remove.error) : null}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          remove.mutate(
            { params: { path: { id: contact.id } } },
            { onSuccess: () => navigate('/contacts', { replace: true }) },
          )
        }
      >
        <p>
          This removes the contact with their account and building links, their portal sign-in and their
          status history. It cannot be undone.
        </p>
      </ConfirmDialog>
    </>
  );
}
