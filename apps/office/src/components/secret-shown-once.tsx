import { type ReactNode, useId, useRef, useState } from 'react';

interface SecretShownOnceProps {
  /** The field's label: what the secret belongs to. */
  label: ReactNode;
  secret: string;
  /** Why this is the only chance to copy it, and where to keep it. */
  warning: ReactNode;
  /** How the secret is used, under the field. */
  children: ReactNode;
  onDone: () => void;
}

/**
 * A secret in full, once (an API key, a signing secret): a copy button, and the plain warning that
 * it will not be shown again. The caller keeps the secret in component state only, never in a cache.
 */
export function SecretShownOnce({ label, secret, warning, children, onDone }: SecretShownOnceProps) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      // No clipboard (an insecure origin, a denied permission): select it for Ctrl+C instead.
      input.current?.select();
      setCopied('select');
    }
  }

  return (
    <div className="stack">
      <p className="alert alert--warning" role="alert">
        {warning}
      </p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {label}
        </label>
        <div className="secret-reveal">
          <input
            ref={input}
            id={inputId}
            className="field__input secret-reveal__value"
            value={secret}
            readOnly
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
          {/* biome-ignore lint/a11y/noAutofocus: copying is the one thing to do here */}
          <button type="button" className="button button--primary" onClick={() => void copy()} autoFocus>
            Copy
          </button>
        </div>
        <p className="form-status" role="status">
          {copied === 'yes'
            ? 'Copied to the clipboard.'
            : copied === 'select'
              ? 'Selected: press Ctrl+C (⌘C) to copy.'
              : ''}
        </p>
      </div>
      <p className="muted">{children}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          I have copied it
        </button>
      </div>
    </div>
  );
}
