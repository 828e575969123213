import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** While a request runs, Escape does not close (the answer must be seen). */
  busy?: boolean;
}

/**
 * A modal on the native <dialog>: showModal() traps focus, makes the page behind inert, closes on
 * Escape and hands focus back to the button that opened it. Content mounts only while open, so a
 * form inside starts fresh each time.
 */
export function Dialog({ open, onClose, title, children, busy = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      // Closing because the owner set open=false fires `close` too: report only closes it did not ask for.
      onClose={() => {
        if (open) onClose();
      }}
      onCancel={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      {open && (
        <div className="dialog__body">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** The API's refusal, shown inside the dialog next to the action that caused it. */
  error?: ReactNode;
  /** Another way out, e.g. "Deactivate instead". */
  extra?: ReactNode;
}

/** Asks before a destructive action; Cancel has the focus, so Enter alone never destroys. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, pendingLabel, pending, onConfirm, onCancel, error, extra } =
    props;
  return (
    <Dialog open={open} onClose={onCancel} title={title} busy={pending}>
      <div className="dialog__text">{children}</div>
      {error && (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      )}
      <div className="dialog__actions">
        {/* biome-ignore lint/a11y/noAutofocus: a modal dialog moves focus into itself; Cancel is the safe place */}
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          Cancel
        </button>
        {extra}
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={pending}>
          {pending ? pendingLabel : confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
