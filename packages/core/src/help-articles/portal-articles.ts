import { type DbOrTx, schema } from '@portico/db';
import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { NotFoundError } from '../errors';
import type { PortalScope } from '../portal-content/visibility';
import { escapeLike } from '../search';
import { renderHelpMarkdown } from './render';
import type { HelpTopic } from './topics';

const { helpArticles } = schema;

export interface PortalHelpArticleSummary {
  id: string;
  title: string;
  slug: string;
  topic: HelpTopic | null;
  updatedAt: Date;
}

export interface PortalHelpArticle extends PortalHelpArticleSummary {
  html: string;
}

export interface PortalHelpFilter {
  q?: string | undefined;
  topic?: HelpTopic | undefined;
}

const summaryColumns = {
  id: helpArticles.id,
  title: helpArticles.title,
  slug: helpArticles.slug,
  topic: helpArticles.topic,
  updatedAt: helpArticles.updatedAt,
};

// Help is for every contact of the organization, whatever its access areas: only published ones.
const publishedIn = (scope: PortalScope) =>
  and(eq(helpArticles.orgId, scope.contact.orgId), eq(helpArticles.published, true)) as SQL;

/**
 * Published articles in the office's order. Search is a case-insensitive substring match on title
 * and body (ILIKE, wildcards escaped): an organization has tens of articles, so a scan is cheap,
 * and a substring finds "invoice" in "invoices" and half-typed words, in any language, which
 * PostgreSQL full text (whole stemmed words of one dictionary) would not.
 */
export async function listPortalHelpArticles(
  db: DbOrTx,
  scope: PortalScope,
  filter: PortalHelpFilter,
): Promise<PortalHelpArticleSummary[]> {
  const where: SQL[] = [publishedIn(scope)];
  if (filter.topic) where.push(eq(helpArticles.topic, filter.topic));
  const q = filter.q?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where.push(or(ilike(helpArticles.title, pattern), ilike(helpArticles.body, pattern)) as SQL);
  }
  return db
    .select(summaryColumns)
    .from(helpArticles)
    .where(and(...where))
    .orderBy(asc(helpArticles.position), asc(helpArticles.createdAt), asc(helpArticles.id));
}

/** One published article by its slug, with its sanitized HTML; unpublished or another org's: 404. */
export async function getPortalHelpArticle(
  db: DbOrTx,
  scope: PortalScope,
  slug: string,
): Promise<PortalHelpArticle> {
  const [row] = await db
    .select({ ...summaryColumns, body: helpArticles.body })
    .from(helpArticles)
    .where(and(publishedIn(scope), eq(helpArticles.slug, slug)))
    .limit(1);
  if (!row) throw new NotFoundError('Help article');
  const { body, ...summary } = row;
  return { ...summary, html: renderHelpMarkdown(body) };
}
