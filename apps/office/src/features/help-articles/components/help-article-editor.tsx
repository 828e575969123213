import { fieldErrors, problemMessage } from '@portico/api-client';
import { Spinner, TextField } from '@portico/ui';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { FormActions } from '../../../components/form-actions';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import {
  type HelpTopic,
  helpPreviewOptions,
  helpTopicLabels,
  type RenderedHelpArticle,
  useCreateHelpArticle,
  useDeleteHelpArticle,
  usePublishHelpArticle,
  useUpdateHelpArticle,
} from '../api/help-articles';

interface Draft {
  title: string;
  slug: string;
  topic: HelpTopic | '';
  body: string;
}

const draftOf = (a: RenderedHelpArticle | null): Draft => ({
  title: a?.title ?? '',
  slug: a?.slug ?? '',
  topic: a?.topic ?? '',
  body: a?.body ?? '',
});

/**
 * Title, slug, topic and the Markdown, with the page as the portal will show it beside it (the
 * API's own render and sanitize, so what is previewed is what customers get). For a saved article
 * also publishing and deleting.
 */
export function HelpArticleEditor({ article }: { article: RenderedHelpArticle | null }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft>(() => draftOf(article));
  const create = useCreateHelpArticle();
  const update = useUpdateHelpArticle(article?.id ?? '');
  const save = article ? update : create;
  const errors = fieldErrors(save.error);
  const bodyId = useId();
  const topicId = useId();

  const edit = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = {
      title: draft.title,
      body: draft.body,
      topic: draft.topic === '' ? null : draft.topic,
      ...(draft.slug.trim() && { slug: draft.slug.trim() }),
    };
    if (article) update.mutate(body);
    else
      create.mutate(body, {
        onSuccess: (created) => navigate(`/help-articles/${created.id}`, { replace: true }),
      });
  }

  return (
    <div className="help-editor">
      <form className="stack" onSubmit={submit} noValidate aria-label="Help article">
        <TextField
          label="Title"
          value={draft.title}
          onChange={(event) => edit('title', event.target.value)}
          error={errors.title}
          maxLength={200}
          required
        />
        <TextField
          label="Address"
          hint="The end of the article's portal address (/help/…): lowercase letters, digits and hyphens. Made from the title when left empty."
          value={draft.slug}
          onChange={(event) => edit('slug', event.target.value)}
          error={errors.slug}
          maxLength={100}
        />
        <div className="field">
          <label className="field__label" htmlFor={topicId}>
            Topic <span className="muted">(optional)</span>
          </label>
          <select
            id={topicId}
            className="field__input"
            value={draft.topic}
            onChange={(event) => edit('topic', event.target.value as Draft['topic'])}
            aria-describedby={`${topicId}-hint`}
          >
            <option value="">None</option>
            {(Object.keys(helpTopicLabels) as HelpTopic[]).map((topic) => (
              <option key={topic} value={topic}>
                {helpTopicLabels[topic]}
              </option>
            ))}
          </select>
          <p id={`${topicId}-hint`} className="field__hint">
            The portal's empty screens on this topic link to the first published article about it.
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={bodyId}>
            Text (Markdown)
          </label>
          <textarea
            id={bodyId}
            className="field__input field__textarea help-editor__body"
            value={draft.body}
            onChange={(event) => edit('body', event.target.value)}
            rows={16}
            maxLength={50_000}
            spellCheck
            aria-describedby={`${bodyId}-hint`}
          />
          <p id={`${bodyId}-hint`} className="field__hint">
            # Heading, **bold**, - list, [link](https://…). HTML is shown as text, not run.
          </p>
          {errors.body && <p className="field__error">{errors.body}</p>}
        </div>
        <FormActions
          error={save.error}
          pending={save.isPending}
          submitLabel={article ? 'Save' : 'Create article'}
          pendingLabel="Saving…"
          onCancel={() => navigate('/help-articles')}
        />
        {update.isSuccess && !update.isPending && (
          <p className="alert alert--success" role="status">
            Saved.
          </p>
        )}
        {article && <PublishAndDelete article={article} />}
      </form>
      <Preview body={draft.body} />
    </div>
  );
}

/** The portal's rendering of the Markdown, in a sandboxed frame: nothing in it can run. */
function Preview({ body }: { body: string }) {
  const settled = useDebouncedValue(body, 400);
  const preview = useQuery(helpPreviewOptions(settled));
  return (
    <aside className="stack" aria-labelledby="help-preview-title" aria-busy={preview.isFetching}>
      <h2 id="help-preview-title" className="section-title">
        Preview {preview.isFetching && <Spinner size="sm" />}
      </h2>
      {preview.isError ? (
        <p className="alert alert--error" role="alert">
          {problemMessage(preview.error)}
        </p>
      ) : (
        <iframe
          className="help-editor__frame"
          title="The article as the portal shows it"
          sandbox=""
          srcDoc={`<!doctype html><meta charset="utf-8"><base target="_blank"><body style="font-family:system-ui,sans-serif;line-height:1.5;margin:1rem">${preview.data?.html ?? ''}</body>`}
        />
      )}
    </aside>
  );
}

function PublishAndDelete({ article }: { article: RenderedHelpArticle }) {
  const navigate = useNavigate();
  const publish = usePublishHelpArticle();
  const remove = useDeleteHelpArticle();
  const [confirming, setConfirming] = useState(false);
  const failure = publish.error ?? remove.error;

  return (
    <section className="stack" aria-label="Publishing">
      <p>
        {article.published
          ? 'Published: customers see this article on the portal’s Help page.'
          : 'Draft: customers do not see this article yet.'}
      </p>
      <div className="actions">
        <button
          type="button"
          className={`button ${article.published ? 'button--secondary' : 'button--primary'}`}
          aria-pressed={article.published}
          disabled={publish.isPending}
          onClick={() => publish.mutate({ id: article.id, published: !article.published })}
        >
          {article.published ? 'Unpublish' : 'Publish'}
        </button>
        {confirming ? (
          <>
            <button
              type="button"
              className="button button--danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate(article.id, { onSuccess: () => navigate('/help-articles') })}
            >
              Yes, delete it
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
            Delete
          </button>
        )}
      </div>
      {failure && (
        <p className="alert alert--error" role="alert">
          {problemMessage(failure)}
        </p>
      )}
    </section>
  );
}
