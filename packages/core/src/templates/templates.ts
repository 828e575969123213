import { type DbOrTx, defaultTemplates, schema, type TemplateKind } from '@portico/db';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { ConflictError, NotFoundError } from '../errors';
import { assertKnownVariables, templateKinds } from './template-variables';

const { notificationTemplates: templates, organizations } = schema;

export type NotificationTemplate = typeof templates.$inferSelect;

export interface TemplateInput {
  kind: TemplateKind;
  name: string;
  subject: string;
  htmlBody: string;
  textBody: string;
  isDefault?: boolean;
}

/** The kind is fixed at creation: its variables differ, and a kind must never lose its default. */
export type TemplateUpdate = Partial<Omit<TemplateInput, 'kind'>>;

export interface TemplateFilter {
  kind?: TemplateKind | undefined;
  limit: number;
}

export async function listTemplates(
  db: DbOrTx,
  ctx: OfficeContext,
  filter: TemplateFilter,
): Promise<NotificationTemplate[]> {
  return db
    .select()
    .from(templates)
    .where(and(eq(templates.orgId, ctx.orgId), filter.kind ? eq(templates.kind, filter.kind) : undefined))
    .orderBy(asc(templates.kind), desc(templates.isDefault), asc(templates.name), asc(templates.id))
    .limit(filter.limit);
}

export async function getTemplate(db: DbOrTx, ctx: OfficeContext, id: string): Promise<NotificationTemplate> {
  const [row] = await db
    .select()
    .from(templates)
    .where(and(eq(templates.orgId, ctx.orgId), eq(templates.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Template');
  return row;
}

/**
 * Serializes default switching within an organization. Row locks on the templates alone would
 * miss a kind that has no rows yet, so two first templates could both become the default and hit
 * the partial unique index. NO KEY UPDATE leaves inserts that reference the organization unblocked.
 */
async function lockTemplateDefaults(tx: DbOrTx, orgId: string): Promise<void> {
  await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .for('no key update');
}

async function hasDefault(tx: DbOrTx, orgId: string, kind: TemplateKind): Promise<boolean> {
  const [row] = await tx
    .select({ id: templates.id })
    .from(templates)
    .where(and(eq(templates.orgId, orgId), eq(templates.kind, kind), eq(templates.isDefault, true)))
    .limit(1);
  return row !== undefined;
}

async function clearDefault(tx: DbOrTx, orgId: string, kind: TemplateKind, exceptId?: string) {
  await tx
    .update(templates)
    .set({ isDefault: false })
    .where(
      and(
        eq(templates.orgId, orgId),
        eq(templates.kind, kind),
        eq(templates.isDefault, true),
        exceptId ? ne(templates.id, exceptId) : undefined,
      ),
    );
}

/** Creates a template; the first of its kind becomes the default, so every kind in use has one. */
export async function createTemplate(
  db: DbOrTx,
  ctx: OfficeContext,
  input: TemplateInput,
): Promise<NotificationTemplate> {
  assertKnownVariables(input.kind, input);
  return db.transaction(async (tx) => {
    await lockTemplateDefaults(tx, ctx.orgId);
    const isDefault = input.isDefault === true || !(await hasDefault(tx, ctx.orgId, input.kind));
    if (isDefault) await clearDefault(tx, ctx.orgId, input.kind);
    const [row] = await tx
      .insert(templates)
      .values({ ...input, isDefault, orgId: ctx.orgId })
      .returning();
    if (!row) throw new Error('insert returned no row');
    return row;
  });
}

const keepOneDefault = (kind: TemplateKind, action: string) =>
  new ConflictError(
    `This is the default ${kind} template, and each kind needs one. Make another ${kind} template the default first, then ${action}.`,
    { errors: [{ field: 'isDefault', message: `the ${kind} kind needs a default template` }] },
  );

export async function updateTemplate(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: TemplateUpdate,
): Promise<NotificationTemplate> {
  return db.transaction(async (tx) => {
    if (input.isDefault !== undefined) await lockTemplateDefaults(tx, ctx.orgId);
    const current = await getTemplate(tx, ctx, id);
    assertKnownVariables(current.kind, input);
    if (input.isDefault === false && current.isDefault) throw keepOneDefault(current.kind, 'try again');
    if (input.isDefault === true) await clearDefault(tx, ctx.orgId, current.kind, id);
    const [row] = await tx
      .update(templates)
      .set(input)
      .where(and(eq(templates.orgId, ctx.orgId), eq(templates.id, id)))
      .returning();
    if (!row) throw new NotFoundError('Template');
    return row;
  });
}

/**
 * Refused for a kind's default, which sends would otherwise fall back to and not find.
 * Invitations that named the template keep their history; their template id becomes null.
 */
export async function deleteTemplate(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await lockTemplateDefaults(tx, ctx.orgId);
    const current = await getTemplate(tx, ctx, id);
    if (current.isDefault) throw keepOneDefault(current.kind, 'delete this one');
    await tx.delete(templates).where(and(eq(templates.orgId, ctx.orgId), eq(templates.id, id)));
  });
}

/**
 * Inserts the starting template of every kind that has no default yet, for a new organization
 * (the demo seed inserts its own). Safe to repeat and to race: the partial unique index on the
 * default decides, and conflicts are skipped.
 */
export async function ensureDefaultTemplates(tx: DbOrTx, orgId: string): Promise<number> {
  const inserted = await tx
    .insert(templates)
    .values(templateKinds.map((kind) => ({ orgId, kind, isDefault: true, ...defaultTemplates[kind] })))
    .onConflictDoNothing({ target: [templates.orgId, templates.kind], where: sql`${templates.isDefault}` })
    .returning({ id: templates.id });
  return inserted.length;
}
