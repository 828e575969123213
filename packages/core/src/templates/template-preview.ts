import { type DbOrTx, schema, type TemplateKind } from '@portico/db';
import { eq } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { NotFoundError, ValidationError } from '../errors';
import { assertKnownVariables, type TemplateText, templateVariables } from './template-variables';

const DAY_MS = 86_400_000;

// One wording for expiry dates in every email, so a preview reads like the real thing. UTC,
// and said so, because the server cannot know the reader's time zone.
const expiryFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** How `{{expiryDate}}` reads in an email, e.g. "March 5, 2026 at 2:00 PM UTC". */
export function formatExpiryDate(date: Date): string {
  return expiryFormat.format(date);
}

export interface PreviewInput extends Required<TemplateText> {
  kind: TemplateKind;
  /** Replace sample values, e.g. to try a long name; only the kind's variables. */
  values?: Record<string, string> | undefined;
}

export interface PreviewOptions {
  /** The portal's configured base URL; links are never built from a request's Host. */
  portalUrl: string;
  now?: Date;
}

function assertKnownOverrides(kind: TemplateKind, values: Record<string, string>): void {
  const allowed = templateVariables[kind];
  const unknown = Object.keys(values).filter((name) => !allowed.includes(name));
  if (unknown.length === 0) return;
  throw new ValidationError(
    `A ${kind} template has no variable ${unknown.join(', ')}; it can use: ${allowed.join(', ')}.`,
    unknown.map((name) => ({ field: `values.${name}`, message: 'is not a variable of this kind' })),
  );
}

/**
 * Realistic values for a live preview of unsaved template text: the caller's organization name
 * and expiry setting, links on the real portal URL with an obviously fake token. Checks the text's
 * variables first, so the editor hears about a typo while typing rather than on save.
 */
export async function previewValues(
  db: DbOrTx,
  ctx: OfficeContext,
  input: PreviewInput,
  options: PreviewOptions,
): Promise<Record<string, string>> {
  assertKnownVariables(input.kind, input);
  const overrides = input.values ?? {};
  assertKnownOverrides(input.kind, overrides);
  const [org] = await db
    .select({ name: schema.organizations.name, inviteExpiryDays: schema.organizations.inviteExpiryDays })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, ctx.orgId))
    .limit(1);
  if (!org) throw new NotFoundError('Organization');
  const now = options.now ?? new Date();
  const samples: Record<string, string> = {
    contactFirstName: 'Dana',
    contactLastName: 'Whitfield',
    organizationName: org.name,
    inviteUrl: `${options.portalUrl}/accept?token=sample`,
    expiryDate: formatExpiryDate(new Date(now.getTime() + org.inviteExpiryDays * DAY_MS)),
    resetUrl: `${options.portalUrl}/reset-password?token=sample`,
    signInUrl: `${options.portalUrl}/sign-in/link?token=sample`,
    documentKind: 'inspection report',
    documentTitle: 'Annual fire safety inspection',
    documentUrl: `${options.portalUrl}/documents/sample`,
    buildingName: 'Harbour View Tower',
    reportName: 'Portal adoption report',
  };
  const allowed = templateVariables[input.kind];
  return Object.fromEntries(allowed.map((name) => [name, overrides[name] ?? samples[name] ?? '']));
}
