import { problemMessage } from '@portico/api-client';
import { Spinner } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import type { TemplateKind } from '../api/template-kinds';
import { templatePreviewOptions } from '../api/templates';
import type { TemplateDraft } from './template-draft';

interface TemplatePreviewProps {
  kind: TemplateKind;
  /** The text as it settled after typing (debounced by the editor). */
  text: Pick<TemplateDraft, 'subject' | 'htmlBody' | 'textBody'>;
}

/**
 * The email rendered by the API with sample values. The HTML goes into an iframe with an empty
 * `sandbox`: no scripts, no forms, no navigation of this page, whatever the template holds.
 */
export function TemplatePreview({ kind, text }: TemplatePreviewProps) {
  const complete = text.subject.trim() !== '' && text.htmlBody.trim() !== '' && text.textBody.trim() !== '';
  const preview = useQuery({ ...templatePreviewOptions({ kind, ...text }), enabled: complete });
  const rendered = preview.isError ? undefined : preview.data;

  return (
    <aside className="tpl-preview" aria-labelledby="tpl-preview-title" aria-busy={preview.isFetching}>
      <div className="tpl-preview__head">
        <h2 id="tpl-preview-title" className="tpl-preview__title">
          Preview
        </h2>
        <p className="tpl-preview__status" role="status">
          {preview.isFetching ? (
            <>
              <Spinner size="sm" /> Updating…
            </>
          ) : (
            'With sample values'
          )}
        </p>
      </div>
      {!complete ? (
        <p className="tpl-preview__empty">Write a subject, an HTML body and a text body to see the email.</p>
      ) : preview.isError ? (
        <p className="alert alert--error" role="alert">
          {problemMessage(preview.error)}
        </p>
      ) : !rendered ? (
        <div className="tpl-preview__loading">
          <Spinner />
        </div>
      ) : (
        <div
          className={['tpl-preview__body', preview.isPlaceholderData && 'tpl-preview__body--stale']
            .filter(Boolean)
            .join(' ')}
        >
          <p className="tpl-preview__subject">
            <span className="tpl-preview__label">Subject</span> {rendered.subject}
          </p>
          <iframe
            className="tpl-preview__frame"
            title="HTML part of the email"
            sandbox=""
            srcDoc={rendered.html}
          />
          <details className="tpl-preview__text" open>
            <summary>Text part</summary>
            <pre>{rendered.text}</pre>
          </details>
        </div>
      )}
    </aside>
  );
}
