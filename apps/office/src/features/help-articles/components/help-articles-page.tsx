import { problemMessage } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router';
import { ListSkeleton } from '../../../components/list-skeleton';
import { NoPermission } from '../../../components/no-permission';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import {
  type HelpArticle,
  helpArticlesOptions,
  helpTopicLabels,
  useMoveHelpArticle,
  usePublishHelpArticle,
} from '../api/help-articles';

export function HelpArticlesPage() {
  const allowed = useCan('settings.manage');
  return (
    <>
      <title>Help articles · Portico</title>
      {allowed === undefined ? (
        <ListSkeleton label="Loading help articles" />
      ) : allowed ? (
        <HelpArticles />
      ) : (
        <NoPermission />
      )}
    </>
  );
}

function HelpArticles() {
  const articles = useQuery(helpArticlesOptions());
  const move = useMoveHelpArticle();
  const publish = usePublishHelpArticle();
  const list = useRef<HTMLOListElement>(null);

  // Keeps the keyboard on the moved article's button, which React re-creates in its new place.
  function moveAndFocus(article: HelpArticle, direction: 'up' | 'down') {
    move.mutate(
      { id: article.id, direction },
      {
        onSuccess: () =>
          requestAnimationFrame(
            () =>
              list.current
                ?.querySelector<HTMLButtonElement>(`[data-move="${article.id}-${direction}"]:not(:disabled)`)
                ?.focus() ??
              list.current
                ?.querySelector<HTMLButtonElement>(`[data-move^="${article.id}-"]:not(:disabled)`)
                ?.focus(),
          ),
      },
    );
  }

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-header__title">Help articles</h1>
          <p className="page-header__text">
            Short articles your customers find on the portal's Help page, in this order. Give one a topic and
            the portal's empty screens on that topic link to it.
          </p>
        </div>
        <Link className="button button--primary" to="/help-articles/new">
          New article
        </Link>
      </header>
      {(move.isError || publish.isError) && (
        <p className="alert alert--error" role="alert">
          {problemMessage(move.error ?? publish.error)}
        </p>
      )}
      {articles.isPending ? (
        <ListSkeleton label="Loading help articles" />
      ) : articles.isError ? (
        <QueryError error={articles.error} onRetry={() => void articles.refetch()} what="the help articles" />
      ) : articles.data.items.length === 0 ? (
        <section className="state">
          <h2 className="state__title">No help articles yet</h2>
          <p className="state__text">
            Write the first one: how to find an invoice, how to sign in without a password, what a defect
            means.
          </p>
        </section>
      ) : (
        <ol className="help-order" ref={list} aria-label="Help articles in portal order">
          {articles.data.items.map((article, index, all) => (
            <li key={article.id} className="help-order__item">
              <div className="help-order__main">
                <Link to={`/help-articles/${article.id}`} className="help-order__title">
                  {article.title}
                </Link>
                <span className="help-order__meta">
                  <span className={`badge ${article.published ? 'badge--success' : 'badge--neutral'}`}>
                    {article.published ? 'Published' : 'Draft'}
                  </span>
                  {article.topic && (
                    <span className="badge badge--neutral">{helpTopicLabels[article.topic]}</span>
                  )}
                  <code>/help/{article.slug}</code>
                </span>
              </div>
              <div className="help-order__actions">
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-move={`${article.id}-up`}
                  aria-label={`Move “${article.title}” up`}
                  disabled={index === 0 || move.isPending}
                  onClick={() => moveAndFocus(article, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  data-move={`${article.id}-down`}
                  aria-label={`Move “${article.title}” down`}
                  disabled={index === all.length - 1 || move.isPending}
                  onClick={() => moveAndFocus(article, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`${article.published ? 'Unpublish' : 'Publish'} “${article.title}”`}
                  disabled={publish.isPending}
                  onClick={() => publish.mutate({ id: article.id, published: !article.published })}
                >
                  {article.published ? 'Unpublish' : 'Publish'}
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
