import { useId, useRef, useState } from 'react';

/** A value to paste elsewhere (the redirect URI at the provider): read-only, with a Copy button. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied to the clipboard.');
    } catch {
      // No clipboard (an insecure origin, a denied permission): select it for Ctrl+C instead.
      input.current?.select();
      setStatus('Selected: press Ctrl+C (⌘C) to copy.');
    }
  }

  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="secret-reveal">
        <input
          ref={input}
          id={id}
          className="field__input secret-reveal__value"
          value={value}
          readOnly
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          Copy
        </button>
      </div>
      <p className="field__hint">{hint}</p>
      <p className="form-status" role="status">
        {status}
      </p>
    </div>
  );
}
