import type { QueryParams, ResponseBody } from '@portico/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { $api } from '../../../lib/api';

export type HelpArticleSummary = ResponseBody<'listPortalHelpArticles'>['items'][number];
export type HelpArticle = ResponseBody<'getPortalHelpArticle'>;
export type HelpTopic = NonNullable<QueryParams<'listPortalHelpArticles'>['topic']>;

// Articles change rarely: a few minutes fresh keeps every empty state from asking again.
const STALE_MS = 5 * 60_000;

/** Published articles in the office's order, narrowed by words or by topic. */
export const helpListOptions = (query: { q?: string; topic?: HelpTopic }) =>
  $api.queryOptions(
    'get',
    '/portal/v1/help-articles',
    { params: { query } },
    { staleTime: STALE_MS, placeholderData: keepPreviousData },
  );

export const helpArticleOptions = (slug: string) =>
  $api.queryOptions(
    'get',
    '/portal/v1/help-articles/{slug}',
    { params: { path: { slug } } },
    { staleTime: STALE_MS },
  );
