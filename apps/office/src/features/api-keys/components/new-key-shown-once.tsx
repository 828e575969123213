import { useRef, useState } from 'react';
import type { CreatedApiKey } from '../api/api-keys';

/** The key in full, once: a copy button, and the plain warning that it will not be shown again. */
export function NewKeyShownOnce({ created, onDone }: { created: CreatedApiKey; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'select' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.key);
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
        This is the only time you will see this key. Copy it now and store it somewhere safe, such as your
        other system’s settings or a password manager: Portico keeps only a fingerprint of it.
      </p>
      <div className="field">
        <label className="field__label" htmlFor="new-api-key">
          API key “{created.apiKey.name}”
        </label>
        <div className="api-key-reveal">
          <input
            ref={input}
            id="new-api-key"
            className="field__input api-key-reveal__value"
            value={created.key}
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
      <p className="muted">
        Send it in the <code>Authorization: Bearer …</code> header. If it is lost, revoke it and create a new
        one.
      </p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onDone}>
          I have copied it
        </button>
      </div>
    </div>
  );
}
