import { type ReactNode, useState } from 'react';
import { Dialog } from './dialog';

interface CreateWithSecretDialogProps<T> {
  open: boolean;
  onClose: () => void;
  /** The title over the form, then over the secret. */
  title: string;
  secretTitle: string;
  /** The create mutation: pending holds Escape; reset on close drops the result it keeps. */
  mutation: { isPending: boolean; reset: () => void };
  form: (onCreated: (created: T) => void, close: () => void) => ReactNode;
  secret: (created: T, close: () => void) => ReactNode;
}

/**
 * Create something that comes with a secret, then show the secret: in the same dialog, and only
 * until it closes. The secret lives in this component's state alone (never in the query cache, and
 * the mutation is reset), so once closed it is gone.
 */
export function CreateWithSecretDialog<T>(props: CreateWithSecretDialogProps<T>) {
  const { open, onClose, title, secretTitle, mutation, form, secret } = props;
  const [created, setCreated] = useState<T | null>(null);
  const close = () => {
    setCreated(null);
    mutation.reset();
    onClose();
  };
  return (
    <Dialog
      open={open}
      onClose={close}
      title={created !== null ? secretTitle : title}
      busy={mutation.isPending}
    >
      {created !== null ? secret(created, close) : form(setCreated, close)}
    </Dialog>
  );
}
