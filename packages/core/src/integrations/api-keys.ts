import { createHash, randomBytes } from 'node:crypto';
import { type ApiKeyScope, type DbOrTx, schema } from '@portico/db';
import { and, count, eq, isNull, sql } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, UnauthorizedError } from '../errors';
import { type Keyset, keysetPage, type Page, type PageRequest, toPage } from '../pagination';

const { apiKeys } = schema;

export type ApiKey = Omit<typeof apiKeys.$inferSelect, 'keyHash' | 'orgId' | 'createdBy'>;

/** Who is calling the integration API: set on the request by the integration auth plugin. */
export interface IntegrationContext {
  orgId: string;
  keyId: string;
  scopes: readonly ApiKeyScope[];
}

const KEY_PREFIX = 'ptk_';
// 32 random bytes in base64url are always 43 characters.
const KEY_FORMAT = /^ptk_[A-Za-z0-9_-]{43}$/;
// Enough to tell keys apart in a list, far too little to guess the rest (43 random characters).
const DISPLAY_PREFIX_LENGTH = KEY_PREFIX.length + 8;
// last_used_at is a hint for the office, not an audit log: one write a minute per key at most.
const LAST_USED_RESOLUTION_MS = 60_000;

/** A key is 32 random bytes, so a fast hash is enough: there is nothing to brute-force. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  scopes: apiKeys.scopes,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

const keyset: Keyset = {
  keys: [sql`${apiKeys.createdAt}`, sql`${apiKeys.id}`],
  types: ['timestamptz', 'uuid'],
};

export async function listApiKeys(db: DbOrTx, ctx: OfficeContext, page: PageRequest): Promise<Page<ApiKey>> {
  const q = keysetPage(keyset, page);
  const where = eq(apiKeys.orgId, ctx.orgId);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...columns, cursorKeys: q.cursorKeys })
      .from(apiKeys)
      .where(and(where, q.after))
      .orderBy(...q.orderBy)
      .limit(q.limit),
    db.select({ n: count() }).from(apiKeys).where(where),
  ]);
  return toPage(rows, page.limit, total?.n ?? 0);
}

/** Creates a key and returns it in clear this once; only its hash is stored. */
export async function createApiKey(
  db: DbOrTx,
  ctx: OfficeContext,
  input: { name: string; scopes: ApiKeyScope[] },
): Promise<{ apiKey: ApiKey; key: string }> {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  const [row] = await db
    .insert(apiKeys)
    .values({
      orgId: ctx.orgId,
      name: input.name,
      scopes: [...new Set(input.scopes)],
      prefix: key.slice(0, DISPLAY_PREFIX_LENGTH),
      keyHash: hashApiKey(key),
      createdBy: ctx.actor.id,
    })
    .returning(columns);
  if (!row) throw new Error('insert returned no row');
  return { apiKey: row, key };
}

/** Revoking an already revoked key keeps its first revocation time and succeeds. */
export async function revokeApiKey(db: DbOrTx, ctx: OfficeContext, id: string): Promise<ApiKey> {
  const [row] = await db
    .update(apiKeys)
    .set({ revokedAt: sql`coalesce(${apiKeys.revokedAt}, now())` })
    .where(and(eq(apiKeys.orgId, ctx.orgId), eq(apiKeys.id, id)))
    .returning(columns);
  if (!row) throw new NotFoundError('API key');
  return row;
}

/** Resolves a presented key to its organization and scopes; unknown or revoked keys are 401. */
export async function authenticateApiKey(db: DbOrTx, key: string): Promise<IntegrationContext> {
  const invalid = () => new UnauthorizedError('The API key is unknown or has been revoked.');
  if (!KEY_FORMAT.test(key)) throw invalid();
  const [row] = await db
    .select({ id: apiKeys.id, orgId: apiKeys.orgId, scopes: apiKeys.scopes, lastUsedAt: apiKeys.lastUsedAt })
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(key)), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (!row) throw invalid();
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    // Conditional, so concurrent requests of one key still write once a minute at most.
    await db
      .update(apiKeys)
      .set({ lastUsedAt: sql`now()` })
      .where(
        and(
          eq(apiKeys.id, row.id),
          sql`(${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} < now() - interval '1 minute')`,
        ),
      );
  }
  return { orgId: row.orgId, keyId: row.id, scopes: row.scopes };
}
