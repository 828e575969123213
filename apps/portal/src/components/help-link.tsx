import type { QueryParams } from '@portico/api-client';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { $api } from '../lib/api';

export type HelpTopic = NonNullable<QueryParams<'listPortalHelpArticles'>['topic']>;

/**
 * A link to the first published help article about `topic`, for empty states ("what goes here,
 * and how"). Renders nothing while loading, when there is no such article, or when help cannot
 * load: an empty state must never fail because of its help link.
 */
export function HelpLink({ topic }: { topic: HelpTopic }) {
  const articles = useQuery(
    $api.queryOptions(
      'get',
      '/portal/v1/help-articles',
      { params: { query: { topic } } },
      // Articles change rarely; every empty state of a topic shares this one answer.
      { staleTime: 5 * 60_000, retry: false },
    ),
  );
  const article = articles.data?.items[0];
  if (!article) return null;
  return (
    <p className="help-link">
      <Link to={`/help/${encodeURIComponent(article.slug)}`}>Help: {article.title}</Link>
    </p>
  );
}
