import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), iframe, object, [tabindex]:not([tabindex="-1"])';

interface OverlayProps {
  title: ReactNode;
  /** Closes it: the X, Escape, a click on the backdrop. The browser's Back closes it through the URL. */
  onClose: () => void;
  children: ReactNode;
  /** A line under the title (the property's address, the document's number). */
  subtitle?: ReactNode;
}

/**
 * A modal panel over the page: full screen on a phone, a wide sheet on a laptop. Focus moves in
 * and stays in (Tab wraps), and returns to whatever opened it when it closes. The page behind is
 * made inert by the layout, so screen readers and the keyboard see only the overlay.
 */
export function Overlay({ title, subtitle, onClose, children }: OverlayProps) {
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    panel.current?.focus();
    document.documentElement.classList.add('has-overlay');
    return () => {
      document.documentElement.classList.remove('has-overlay');
      // The opener may have gone (the page re-rendered); then focus simply stays on the body.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const items = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) {
      event.preventDefault();
      return;
    }
    const active = document.activeElement;
    if (event.shiftKey && (active === first || active === panel.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div className="overlay">
      {/* The backdrop is a pointer convenience; keyboard users have Escape and the X. */}
      <div className="overlay__backdrop" aria-hidden="true" onClick={onClose} />
      <div
        ref={panel}
        className="overlay__panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="overlay__header">
          <div className="overlay__titles">
            <h2 id={titleId} className="overlay__title">
              {title}
            </h2>
            {subtitle && <p className="overlay__subtitle">{subtitle}</p>}
          </div>
          <button type="button" className="overlay__close" aria-label="Close" onClick={onClose}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div className="overlay__body">{children}</div>
      </div>
    </div>
  );
}
