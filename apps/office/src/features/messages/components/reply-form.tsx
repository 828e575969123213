import { problemMessage } from '@portico/api-client';
import { useId, useRef, useState } from 'react';
import { type Attachment, useReply, useUploadAttachment } from '../api/messages';

const ACCEPT = 'application/pdf,image/png,image/jpeg,image/webp,.pdf,.png,.jpg,.jpeg,.webp';

/** The reply box: text, files uploaded as they are chosen (each checked by the API), then Send. */
export function ReplyForm({ threadId }: { threadId: string }) {
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<Attachment[]>([]);
  const [fileError, setFileError] = useState('');
  const reply = useReply(threadId);
  const upload = useUploadAttachment();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function addFiles(list: FileList | null) {
    setFileError('');
    for (const file of Array.from(list ?? [])) {
      try {
        const stored = await upload.mutateAsync(file);
        setFiles((current) => [...current, stored]);
      } catch (error) {
        setFileError(`${file.name}: ${problemMessage(error)}`);
      }
    }
    if (input.current) input.current.value = '';
  }

  function send(event: React.FormEvent) {
    event.preventDefault();
    if (!body.trim()) return;
    reply.mutate(
      { body, attachmentIds: files.map((f) => f.id) },
      {
        onSuccess: () => {
          setBody('');
          setFiles([]);
        },
      },
    );
  }

  return (
    <form className="reply-form" onSubmit={send} aria-label="Write a reply">
      <label className="field" htmlFor={`${id}-body`}>
        <span className="field__label">Reply</span>
        <textarea
          id={`${id}-body`}
          className="field__input reply-form__text"
          rows={4}
          value={body}
          maxLength={10_000}
          required
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            // Ctrl/Cmd+Enter sends, as in most mail and chat tools.
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send(e);
          }}
        />
      </label>
      {files.length > 0 && (
        <ul className="attachment-chips" aria-label="Files to send">
          {files.map((file) => (
            <li key={file.id} className="attachment-chip">
              <span>{file.filename}</span>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove ${file.filename}`}
                onClick={() => setFiles((current) => current.filter((f) => f.id !== file.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {fileError && (
        <p className="field__error" role="alert">
          {fileError}
        </p>
      )}
      {reply.isError && (
        <p className="field__error" role="alert">
          {problemMessage(reply.error)}
        </p>
      )}
      <div className="reply-form__actions">
        <label className="button button--secondary button--small reply-form__attach">
          {upload.isPending ? 'Uploading…' : 'Attach files'}
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            multiple
            disabled={upload.isPending || files.length >= 5}
            onChange={(e) => void addFiles(e.target.files)}
          />
        </label>
        <span className="field__hint">PDF, PNG, JPEG or WebP, up to 10 MB each.</span>
        <button
          type="submit"
          className="button"
          disabled={reply.isPending || upload.isPending || !body.trim()}
        >
          {reply.isPending ? 'Sending…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
