import { type DbOrTx, schema } from '@portico/db';
import { and, asc, count, eq } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, RuleViolationError } from '../errors';
import { checkIssuerUrl, type SsoNetworkPolicy } from './oidc-client';
import { encryptSecret } from './secret-box';

const { organizations, ssoProviders } = schema;

/** What the office sees of a provider: everything but the secret. */
export type SsoProvider = Omit<
  typeof ssoProviders.$inferSelect,
  'clientSecretEncrypted' | 'orgId' | 'createdBy'
>;

// A few per organization is the real need (Microsoft, Google, the customer's own IdP).
export const MAX_SSO_PROVIDERS = 10;

/** Every column but the encrypted secret, which leaves the database only for a sign-in. */
export const providerColumns = {
  id: ssoProviders.id,
  displayName: ssoProviders.displayName,
  issuerUrl: ssoProviders.issuerUrl,
  clientId: ssoProviders.clientId,
  enabled: ssoProviders.enabled,
  createdAt: ssoProviders.createdAt,
  updatedAt: ssoProviders.updatedAt,
};

export interface SsoProviderInput {
  displayName: string;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  enabled?: boolean | undefined;
}

export type SsoProviderUpdate = Partial<Omit<SsoProviderInput, 'clientSecret'>> & {
  /** Absent: the stored secret stays. The API never sends the old one back. */
  clientSecret?: string | undefined;
};

/** Configuration the provider functions need: the encryption key and the network policy. */
export interface SsoSettings extends SsoNetworkPolicy {
  key: Buffer;
}

const inOrg = (ctx: OfficeContext, id: string) =>
  and(eq(ssoProviders.orgId, ctx.orgId), eq(ssoProviders.id, id));

/** Issuer identifiers are compared exactly by OIDC: keep what was typed, minus a trailing slash. */
async function normalIssuer(raw: string, policy: SsoNetworkPolicy): Promise<string> {
  await checkIssuerUrl(raw, policy);
  return raw.trim().replace(/\/$/, '');
}

export async function listSsoProviders(db: DbOrTx, ctx: OfficeContext): Promise<SsoProvider[]> {
  return db
    .select(providerColumns)
    .from(ssoProviders)
    .where(eq(ssoProviders.orgId, ctx.orgId))
    .orderBy(asc(ssoProviders.createdAt), asc(ssoProviders.id));
}

/** The slug that names the organization on the portal's sign-in link (`?org=`). */
export async function organizationSlugOf(db: DbOrTx, ctx: OfficeContext): Promise<string> {
  const [org] = await db
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, ctx.orgId))
    .limit(1);
  if (!org) throw new NotFoundError('Organization');
  return org.slug;
}

export async function getSsoProvider(db: DbOrTx, ctx: OfficeContext, id: string): Promise<SsoProvider> {
  const [row] = await db.select(providerColumns).from(ssoProviders).where(inOrg(ctx, id)).limit(1);
  if (!row) throw new NotFoundError('Sign-in provider');
  return row;
}

export async function createSsoProvider(
  db: DbOrTx,
  ctx: OfficeContext,
  settings: SsoSettings,
  input: SsoProviderInput,
): Promise<SsoProvider> {
  const issuerUrl = await normalIssuer(input.issuerUrl, settings);
  const [existing] = await db
    .select({ n: count() })
    .from(ssoProviders)
    .where(eq(ssoProviders.orgId, ctx.orgId));
  if ((existing?.n ?? 0) >= MAX_SSO_PROVIDERS)
    throw new RuleViolationError(`An organization can have at most ${MAX_SSO_PROVIDERS} sign-in providers.`);
  const [row] = await db
    .insert(ssoProviders)
    .values({
      orgId: ctx.orgId,
      displayName: input.displayName.trim(),
      issuerUrl,
      clientId: input.clientId.trim(),
      clientSecretEncrypted: encryptSecret(settings.key, ctx.orgId, input.clientSecret),
      enabled: input.enabled ?? true,
      createdBy: ctx.actor.id,
    })
    .returning(providerColumns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateSsoProvider(
  db: DbOrTx,
  ctx: OfficeContext,
  settings: SsoSettings,
  id: string,
  input: SsoProviderUpdate,
): Promise<SsoProvider> {
  await getSsoProvider(db, ctx, id);
  const issuerUrl = input.issuerUrl === undefined ? undefined : await normalIssuer(input.issuerUrl, settings);
  const [row] = await db
    .update(ssoProviders)
    .set({
      ...(input.displayName !== undefined && { displayName: input.displayName.trim() }),
      ...(issuerUrl !== undefined && { issuerUrl }),
      ...(input.clientId !== undefined && { clientId: input.clientId.trim() }),
      ...(input.clientSecret !== undefined && {
        clientSecretEncrypted: encryptSecret(settings.key, ctx.orgId, input.clientSecret),
      }),
      ...(input.enabled !== undefined && { enabled: input.enabled }),
      updatedAt: new Date(),
    })
    .where(inOrg(ctx, id))
    .returning(providerColumns);
  if (!row) throw new NotFoundError('Sign-in provider');
  return row;
}

export async function deleteSsoProvider(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db.delete(ssoProviders).where(inOrg(ctx, id)).returning({ id: ssoProviders.id });
  if (deleted.length === 0) throw new NotFoundError('Sign-in provider');
}

export interface PublicSsoProviders {
  organization: { slug: string; name: string; logoUrl: string | null; brandColor: string };
  providers: { id: string; displayName: string }[];
}

/** For the portal's sign-in page, before anyone is signed in: names only, enabled ones only. */
export async function listPublicSsoProviders(db: DbOrTx, orgSlug: string): Promise<PublicSsoProviders> {
  const [org] = await db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      logoUrl: organizations.logoUrl,
      brandColor: organizations.brandColor,
    })
    .from(organizations)
    .where(eq(organizations.slug, orgSlug.trim()))
    .limit(1);
  if (!org) throw new NotFoundError('Organization');
  const providers = await db
    .select({ id: ssoProviders.id, displayName: ssoProviders.displayName })
    .from(ssoProviders)
    .where(and(eq(ssoProviders.orgId, org.id), eq(ssoProviders.enabled, true)))
    .orderBy(asc(ssoProviders.createdAt), asc(ssoProviders.id));
  const { id: _id, ...organization } = org;
  return { organization, providers };
}
