import { type DbOrTx, schema, type WebhookEventType } from '@portico/db';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, RuleViolationError } from '../errors';
import { newWebhookSecret } from './signature';
import { resolveWebhookTarget } from './target-guard';

const { organizations, webhookEndpoints } = schema;

export type WebhookEndpoint = Omit<typeof webhookEndpoints.$inferSelect, 'secret' | 'orgId' | 'createdBy'>;

// A handful per organization is the real need; the cap keeps one event's fan-out small.
export const MAX_WEBHOOK_ENDPOINTS = 20;

/** Every column but the secret: it leaves the database only for the worker's signing. */
export const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.events,
  secretPrefix: webhookEndpoints.secretPrefix,
  disabledAt: webhookEndpoints.disabledAt,
  disabledReason: webhookEndpoints.disabledReason,
  consecutiveFailures: webhookEndpoints.consecutiveFailures,
  failingSince: webhookEndpoints.failingSince,
  createdAt: webhookEndpoints.createdAt,
  updatedAt: webhookEndpoints.updatedAt,
};

export interface WebhookEndpointInput {
  url: string;
  description?: string | undefined;
  events: WebhookEventType[];
}

export interface WebhookEndpointUpdate {
  url?: string | undefined;
  description?: string | undefined;
  events?: WebhookEventType[] | undefined;
  enabled?: boolean | undefined;
}

/** Whether the organization lets its webhooks reach private addresses (the SSRF guard's switch). */
export async function allowsPrivateTargets(db: DbOrTx, orgId: string): Promise<boolean> {
  const [org] = await db
    .select({ allow: organizations.webhooksAllowPrivateTargets })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .limit(1);
  return org?.allow ?? false;
}

async function checkUrl(db: DbOrTx, orgId: string, url: string): Promise<string> {
  const target = await resolveWebhookTarget(url, await allowsPrivateTargets(db, orgId));
  return target.url.toString();
}

const inOrg = (ctx: OfficeContext, id: string) =>
  and(eq(webhookEndpoints.orgId, ctx.orgId), eq(webhookEndpoints.id, id));

export async function listWebhookEndpoints(db: DbOrTx, ctx: OfficeContext): Promise<WebhookEndpoint[]> {
  return db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.orgId, ctx.orgId))
    .orderBy(asc(webhookEndpoints.createdAt), asc(webhookEndpoints.id));
}

export async function getWebhookEndpoint(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
): Promise<WebhookEndpoint> {
  const [row] = await db.select(endpointColumns).from(webhookEndpoints).where(inOrg(ctx, id)).limit(1);
  if (!row) throw new NotFoundError('Webhook endpoint');
  return row;
}

/** Creates an endpoint and returns its signing secret in clear this once. */
export async function createWebhookEndpoint(
  db: DbOrTx,
  ctx: OfficeContext,
  input: WebhookEndpointInput,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const url = await checkUrl(db, ctx.orgId, input.url);
  const [existing] = await db
    .select({ n: count() })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.orgId, ctx.orgId));
  if ((existing?.n ?? 0) >= MAX_WEBHOOK_ENDPOINTS) {
    throw new RuleViolationError(
      `An organization can have at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints.`,
    );
  }
  const { secret, prefix } = newWebhookSecret();
  const [row] = await db
    .insert(webhookEndpoints)
    .values({
      orgId: ctx.orgId,
      url,
      description: input.description?.trim() ?? '',
      events: [...new Set(input.events)],
      secret,
      secretPrefix: prefix,
      createdBy: ctx.actor.id,
    })
    .returning(endpointColumns);
  if (!row) throw new Error('insert returned no row');
  return { endpoint: row, secret };
}

/** Changes some fields. Enabling clears the disabled state and the failure count (a fresh start). */
export async function updateWebhookEndpoint(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: WebhookEndpointUpdate,
): Promise<WebhookEndpoint> {
  await getWebhookEndpoint(db, ctx, id);
  const url = input.url === undefined ? undefined : await checkUrl(db, ctx.orgId, input.url);
  const enabledFields =
    input.enabled === undefined
      ? {}
      : input.enabled
        ? { disabledAt: null, disabledReason: null, consecutiveFailures: 0, failingSince: null }
        : {
            disabledAt: sql`coalesce(${webhookEndpoints.disabledAt}, now())`,
            disabledReason: sql`coalesce(${webhookEndpoints.disabledReason}, 'Disabled by the office.')`,
          };
  const [row] = await db
    .update(webhookEndpoints)
    .set({
      ...(url !== undefined && { url }),
      ...(input.description !== undefined && { description: input.description.trim() }),
      ...(input.events !== undefined && { events: [...new Set(input.events)] }),
      ...enabledFields,
    })
    .where(inOrg(ctx, id))
    .returning(endpointColumns);
  if (!row) throw new NotFoundError('Webhook endpoint');
  return row;
}

/** Re-enables an endpoint (disabled by the office or by sustained failure). */
export function enableWebhookEndpoint(db: DbOrTx, ctx: OfficeContext, id: string): Promise<WebhookEndpoint> {
  return updateWebhookEndpoint(db, ctx, id, { enabled: true });
}

/** Deletes the endpoint and its delivery log (cascade); pending jobs then find nothing to do. */
export async function deleteWebhookEndpoint(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db
    .delete(webhookEndpoints)
    .where(inOrg(ctx, id))
    .returning({ id: webhookEndpoints.id });
  if (deleted.length === 0) throw new NotFoundError('Webhook endpoint');
}

/** A new secret, shown this once; the old one stops signing at once. */
export async function rotateWebhookSecret(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const { secret, prefix } = newWebhookSecret();
  const [row] = await db
    .update(webhookEndpoints)
    .set({ secret, secretPrefix: prefix })
    .where(inOrg(ctx, id))
    .returning(endpointColumns);
  if (!row) throw new NotFoundError('Webhook endpoint');
  return { endpoint: row, secret };
}
