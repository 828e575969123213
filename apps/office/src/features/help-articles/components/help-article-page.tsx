import { problemStatus } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Breadcrumb } from '../../../components/breadcrumb';
import { DetailSkeleton, NotFoundState } from '../../../components/detail-states';
import { NoPermission } from '../../../components/no-permission';
import { QueryError } from '../../../components/query-error';
import { useCan } from '../../../lib/permissions';
import { helpArticleOptions } from '../api/help-articles';
import { HelpArticleEditor } from './help-article-editor';

/** `/help-articles/new` writes one; `/help-articles/:id` edits, publishes or deletes one. */
export function HelpArticlePage() {
  const { id = 'new' } = useParams();
  const allowed = useCan('settings.manage');
  if (allowed === undefined) return <DetailSkeleton label="Loading the article" />;
  if (!allowed) return <NoPermission />;
  return id === 'new' ? <NewArticle /> : <ExistingArticle id={id} />;
}

function Crumbs({ current }: { current: string }) {
  return <Breadcrumb to="/help-articles" list="Help articles" current={current} />;
}

function NewArticle() {
  return (
    <>
      <title>New help article · Portico</title>
      <Crumbs current="New article" />
      <h1 className="page-header__title">New help article</h1>
      <HelpArticleEditor article={null} />
    </>
  );
}

function ExistingArticle({ id }: { id: string }) {
  const article = useQuery(helpArticleOptions(id));
  if (article.isPending) return <DetailSkeleton label="Loading the article" />;
  if (article.isError) {
    return problemStatus(article.error) === 404 || problemStatus(article.error) === 400 ? (
      <NotFoundState what="help article" back="/help-articles" />
    ) : (
      <QueryError error={article.error} onRetry={() => void article.refetch()} what="the article" />
    );
  }
  return (
    <>
      <title>{`${article.data.title} · Help articles · Portico`}</title>
      <Crumbs current={article.data.title} />
      <h1 className="page-header__title">{article.data.title}</h1>
      <HelpArticleEditor key={article.data.id} article={article.data} />
    </>
  );
}
