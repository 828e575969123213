import { type ReactNode, useId, useLayoutEffect, useRef } from 'react';

interface ModalProps {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Buttons under the body; the dialog's own close button is always there. */
  footer?: ReactNode;
  size?: 'sm' | 'lg';
}

/**
 * A native modal <dialog>: the browser traps focus, makes the page inert and closes it on
 * Escape. Rendered only while open; unmounting closes it and gives focus back to its opener.
 */
export function Modal({ title, onClose, children, footer, size = 'sm' }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className={`bulk-modal bulk-modal--${size}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        // Escape: let the owner decide (it unmounts us), rather than the browser closing behind React.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="bulk-modal__head">
        <h2 id={titleId} className="bulk-modal__title">
          {title}
        </h2>
        <button type="button" className="bulk-modal__close" onClick={onClose} aria-label="Close">
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="bulk-modal__body">{children}</div>
      {footer && <div className="bulk-modal__foot">{footer}</div>}
    </dialog>
  );
}
