import { type DbOrTx, schema } from '@portico/db';
import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationError } from '../errors';
import { renderHelpMarkdown } from './render';
import type { HelpTopic } from './topics';

const { helpArticles } = schema;

export type HelpArticle = Omit<typeof helpArticles.$inferSelect, 'orgId'>;
export type RenderedHelpArticle = HelpArticle & { html: string };

export const helpArticleLimits = { title: 200, slug: 100, body: 50_000 } as const;

export interface HelpArticleInput {
  title: string;
  slug?: string | undefined;
  body: string;
  topic?: HelpTopic | null | undefined;
}

export type HelpArticleUpdate = Partial<HelpArticleInput>;

const articleColumns = {
  id: helpArticles.id,
  title: helpArticles.title,
  slug: helpArticles.slug,
  body: helpArticles.body,
  topic: helpArticles.topic,
  position: helpArticles.position,
  published: helpArticles.published,
  publishedAt: helpArticles.publishedAt,
  createdAt: helpArticles.createdAt,
  updatedAt: helpArticles.updatedAt,
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "How do I pay?" -> "how-do-i-pay": what the office gets when it types no slug. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, helpArticleLimits.slug)
    .replace(/-+$/g, '');
}

function checkSlug(slug: string): string {
  if (!SLUG.test(slug)) {
    throw new ValidationError('The slug may hold lowercase letters, digits and single hyphens.', [
      { field: 'slug', message: 'lowercase letters, digits and hyphens only' },
    ]);
  }
  return slug;
}

function checkTitle(title: string): string {
  const trimmed = title.trim();
  if (!trimmed)
    throw new ValidationError('Give the article a title.', [{ field: 'title', message: 'is required' }]);
  return trimmed;
}

const inOrg = (ctx: OfficeContext, id: string) =>
  and(eq(helpArticles.orgId, ctx.orgId), eq(helpArticles.id, id));

/** The same slug twice in one organization is a 409 naming the field, not a 500. */
async function uniqueSlug<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error, 'help_articles_org_slug_uq')) {
      throw new ConflictError('Another article already uses this slug.', {
        errors: [{ field: 'slug', message: 'is already used' }],
      });
    }
    throw error;
  }
}

export async function listHelpArticles(db: DbOrTx, ctx: OfficeContext): Promise<HelpArticle[]> {
  return db
    .select(articleColumns)
    .from(helpArticles)
    .where(eq(helpArticles.orgId, ctx.orgId))
    .orderBy(asc(helpArticles.position), asc(helpArticles.createdAt), asc(helpArticles.id));
}

export async function getHelpArticle(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
): Promise<RenderedHelpArticle> {
  const [row] = await db.select(articleColumns).from(helpArticles).where(inOrg(ctx, id)).limit(1);
  if (!row) throw new NotFoundError('Help article');
  return { ...row, html: renderHelpMarkdown(row.body) };
}

/** A new article goes last, unpublished: the office reviews it before customers see it. */
export async function createHelpArticle(
  db: DbOrTx,
  ctx: OfficeContext,
  input: HelpArticleInput,
): Promise<RenderedHelpArticle> {
  const title = checkTitle(input.title);
  const slug = checkSlug(input.slug?.trim() || slugify(title) || 'article');
  const [last] = await db
    .select({ position: max(helpArticles.position) })
    .from(helpArticles)
    .where(eq(helpArticles.orgId, ctx.orgId));
  const [row] = await uniqueSlug(() =>
    db
      .insert(helpArticles)
      .values({
        orgId: ctx.orgId,
        title,
        slug,
        body: input.body,
        topic: input.topic ?? null,
        position: (last?.position ?? -1) + 1,
      })
      .returning(articleColumns),
  );
  if (!row) throw new Error('insert returned no row');
  return { ...row, html: renderHelpMarkdown(row.body) };
}

export async function updateHelpArticle(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: HelpArticleUpdate,
): Promise<RenderedHelpArticle> {
  const [row] = await uniqueSlug(() =>
    db
      .update(helpArticles)
      .set({
        ...(input.title !== undefined && { title: checkTitle(input.title) }),
        ...(input.slug !== undefined && { slug: checkSlug(input.slug.trim()) }),
        ...(input.body !== undefined && { body: input.body }),
        ...(input.topic !== undefined && { topic: input.topic }),
        updatedAt: new Date(),
      })
      .where(inOrg(ctx, id))
      .returning(articleColumns),
  );
  if (!row) throw new NotFoundError('Help article');
  return { ...row, html: renderHelpMarkdown(row.body) };
}

/** Publishing keeps the first publication time; unpublishing hides the article from the portal at once. */
export async function setHelpArticlePublished(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  published: boolean,
): Promise<RenderedHelpArticle> {
  const [row] = await db
    .update(helpArticles)
    .set({
      published,
      publishedAt: published ? sql`coalesce(${helpArticles.publishedAt}, now())` : helpArticles.publishedAt,
      updatedAt: new Date(),
    })
    .where(inOrg(ctx, id))
    .returning(articleColumns);
  if (!row) throw new NotFoundError('Help article');
  return { ...row, html: renderHelpMarkdown(row.body) };
}

export async function deleteHelpArticle(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db.delete(helpArticles).where(inOrg(ctx, id)).returning({ id: helpArticles.id });
  if (deleted.length === 0) throw new NotFoundError('Help article');
}

/**
 * Sets the whole order at once: `ids` must name every article of the organization exactly once
 * (a partial list would leave two articles on one position). Rows are locked first, so two
 * people reordering at the same time apply one after the other, never interleaved.
 */
export async function reorderHelpArticles(
  db: DbOrTx,
  ctx: OfficeContext,
  ids: string[],
): Promise<HelpArticle[]> {
  return db.transaction(async (tx) => {
    const current = await tx
      .select({ id: helpArticles.id })
      .from(helpArticles)
      .where(eq(helpArticles.orgId, ctx.orgId))
      .for('update');
    const known = new Set(current.map((r) => r.id));
    const unique = new Set(ids);
    if (unique.size !== ids.length || unique.size !== known.size || ids.some((id) => !known.has(id))) {
      throw new ValidationError('List every article of the organization exactly once.', [
        { field: 'ids', message: 'must name every article exactly once' },
      ]);
    }
    if (ids.length > 0) {
      const positions = sql.join(
        ids.map((id, index) => sql`when ${id}::uuid then ${index}::int`),
        sql` `,
      );
      await tx
        .update(helpArticles)
        .set({ position: sql`case ${helpArticles.id} ${positions} end` })
        .where(and(eq(helpArticles.orgId, ctx.orgId), inArray(helpArticles.id, ids)));
    }
    return listHelpArticles(tx, ctx);
  });
}

/** One step up or down (the keyboard-friendly control): swaps with its neighbour in the order. */
export async function moveHelpArticle(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  direction: 'up' | 'down',
): Promise<HelpArticle[]> {
  return db.transaction(async (tx) => {
    const order = (await listHelpArticles(tx, ctx)).map((a) => a.id);
    const from = order.indexOf(id);
    if (from < 0) throw new NotFoundError('Help article');
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) return listHelpArticles(tx, ctx);
    [order[from], order[to]] = [order[to] as string, order[from] as string];
    return reorderHelpArticles(tx, ctx, order);
  });
}

/** The HTML the portal would show for this Markdown, for the editor's live preview. */
export function previewHelpMarkdown(body: string): { html: string } {
  return { html: renderHelpMarkdown(body) };
}
