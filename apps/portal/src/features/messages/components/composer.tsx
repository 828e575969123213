import { problemMessage } from '@portico/api-client';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { type PortalAttachment, useUploadAttachment } from '../api/messages';

const ACCEPT = 'application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp';
const MAX_FILES = 5;

export interface Composed {
  body: string;
  attachmentIds: string[];
}

/**
 * The message box with its files: each file is uploaded as it is chosen (the API checks its type
 * by content and says why it refuses one), then sent with the text.
 */
export function Composer({
  label,
  submitLabel,
  busy,
  error,
  disabled,
  onSend,
  before,
}: {
  label: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  disabled?: boolean;
  onSend: (message: Composed, done: () => void) => void;
  /** Fields above the message (the subject of a new conversation). */
  before?: ReactNode;
}) {
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<PortalAttachment[]>([]);
  const [fileError, setFileError] = useState('');
  const upload = useUploadAttachment();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function addFiles(list: FileList | null) {
    setFileError('');
    for (const file of Array.from(list ?? []).slice(0, MAX_FILES - files.length)) {
      try {
        const stored = await upload.mutateAsync(file);
        setFiles((current) => [...current, stored]);
      } catch (e) {
        setFileError(`${file.name}: ${problemMessage(e)}`);
      }
    }
    if (input.current) input.current.value = '';
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim() || disabled) return;
    onSend({ body, attachmentIds: files.map((f) => f.id) }, () => {
      setBody('');
      setFiles([]);
    });
  }

  return (
    <form className="composer" onSubmit={submit}>
      {before}
      <div className="field">
        <label className="field__label" htmlFor={`${id}-body`}>
          {label}
        </label>
        <textarea
          id={`${id}-body`}
          className="field__input field__textarea composer__text"
          rows={4}
          maxLength={10_000}
          required
          disabled={disabled}
          value={body}
          onChange={(e) => setBody(e.target.value)}
        />
      </div>
      {files.length > 0 && (
        <ul className="composer__files" aria-label="Files to send">
          {files.map((file) => (
            <li key={file.id} className="composer__file">
              <span>{file.filename}</span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Remove ${file.filename}`}
                onClick={() => setFiles((current) => current.filter((f) => f.id !== file.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {(fileError || Boolean(error)) && (
        <p className="field__error" role="alert">
          {fileError || problemMessage(error)}
        </p>
      )}
      <div className="composer__actions">
        <label className={`button button--secondary composer__attach${disabled ? ' is-disabled' : ''}`}>
          {upload.isPending ? 'Uploading…' : 'Add photo or PDF'}
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            multiple
            disabled={disabled || upload.isPending || files.length >= MAX_FILES}
            onChange={(e) => void addFiles(e.target.files)}
          />
        </label>
        <button
          type="submit"
          className="button button--primary"
          disabled={disabled || busy || upload.isPending || !body.trim()}
        >
          {busy ? 'Sending…' : submitLabel}
        </button>
      </div>
      <p className="field__hint">PDF, PNG, JPEG or WebP, up to 10 MB each, at most {MAX_FILES} files.</p>
    </form>
  );
}
