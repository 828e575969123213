import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../../../components/empty-state';
import { LoadError, Loading } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { helpArticleOptions } from '../api/help';
import { ArticleHtml } from './article-html';
import '../help.css';

/**
 * One article: its title, when it was last updated, and its HTML (sanitized by the API and again
 * in the browser, see ArticleHtml).
 */
export function HelpArticlePage() {
  const { slug = '' } = useParams();
  const article = useQuery(helpArticleOptions(slug));

  return (
    <div className="page">
      <p>
        <Link to="/help">← All help articles</Link>
      </p>
      {article.isPending ? (
        <Loading>Loading the article…</Loading>
      ) : article.isError ? (
        problemStatus(article.error) === 404 ? (
          <EmptyState title="This article is not available.">
            <p>It may have been taken down or renamed.</p>
          </EmptyState>
        ) : (
          <LoadError what="this article" error={article.error} retry={() => void article.refetch()} />
        )
      ) : (
        <article className="stack" aria-labelledby="help-article-title">
          <title>{`${article.data.title} · Help`}</title>
          <h1 id="help-article-title" className="page__title">
            {article.data.title}
          </h1>
          <p className="muted">Updated {formatDate(article.data.updatedAt.slice(0, 10))}</p>
          <ArticleHtml html={article.data.html} />
        </article>
      )}
    </div>
  );
}
