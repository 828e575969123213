import { schema } from '@portico/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type Static, Type } from 'typebox';
import { ExternalId, OptionalText, Ref } from '../item-schema';
import { requireRef } from '../references';
import type { Candidate, IngestKind, ItemError } from '../types';
import { replaceContactLinks } from './contact-links';

const { contacts } = schema;

const fields = {
  firstName: Type.String({ minLength: 1, maxLength: 100 }),
  lastName: OptionalText(100),
  email: Type.Optional(
    Type.Union([Type.String({ format: 'email', maxLength: 320 }), Type.Literal(''), Type.Null()], {
      description: 'Unique per organization (case-insensitive); empty or null means none.',
    }),
  ),
  phone: OptionalText(50),
  jobTitle: OptionalText(100),
  accountLinks: Type.Optional(
    Type.Array(
      Type.Object(
        {
          accountExternalId: Ref('An account of this organization.'),
          isBillingContact: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
      { maxItems: 500, description: "When given, replaces the contact's account links." },
    ),
  ),
  buildingExternalIds: Type.Optional(
    Type.Array(ExternalId, {
      maxItems: 1000,
      description: "When given, replaces the contact's building links.",
    }),
  ),
  access: Type.Optional(
    Type.Object(
      {
        inspectionReports: Type.Optional(Type.Boolean()),
        serviceReports: Type.Optional(Type.Boolean()),
        proposals: Type.Optional(Type.Boolean()),
        invoices: Type.Optional(Type.Boolean()),
      },
      { additionalProperties: false, description: 'Areas given are set; areas left out keep their value.' },
    ),
  ),
};
export type ContactItem = Static<ReturnType<typeof Type.Object<typeof fields>>> & { externalId: string };

/** Blank means "no email", as in the office API. */
const normaliseEmail = (email: string | null | undefined) => {
  const trimmed = email?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/**
 * Emails are unique per organization, case-insensitively. Checked set-based before the write so a
 * clash fails its item alone instead of aborting the whole multi-row insert. (A concurrent writer
 * can still win the race; the unique index then fails the batch, which the caller may retry.)
 */
async function uniqueEmails(
  tx: Parameters<NonNullable<IngestKind<ContactItem>['precheck']>>[0],
  orgId: string,
  candidates: Candidate<ContactItem>[],
): Promise<Map<number, ItemError>> {
  const failures = new Map<number, ItemError>();
  const conflict = (index: number) =>
    failures.set(index, {
      code: 'conflict',
      detail: 'Another contact in this organization already uses this email.',
      field: 'email',
    });
  const claimed = new Map<string, string>();
  for (const c of candidates) {
    const email = (c.row.email as string | null)?.toLowerCase();
    if (!email) continue;
    if (claimed.has(email)) conflict(c.index);
    else claimed.set(email, c.item.externalId);
  }
  if (claimed.size === 0) return failures;
  const holders = await tx
    .select({ email: sql<string>`lower(${contacts.email})`, externalId: contacts.externalId })
    .from(contacts)
    .where(and(eq(contacts.orgId, orgId), inArray(sql`lower(${contacts.email})`, [...claimed.keys()])));
  const holderOf = new Map(holders.map((h) => [h.email, h.externalId]));
  for (const c of candidates) {
    const email = (c.row.email as string | null)?.toLowerCase();
    if (email && holderOf.has(email) && holderOf.get(email) !== c.item.externalId) conflict(c.index);
  }
  return failures;
}

/**
 * Contacts pushed by an integration are plain contacts: they are not invited, whatever the
 * organization's auto-invite setting (inviting is the office's decision, made in the console).
 */
export const contactIngest: IngestKind<ContactItem> = {
  name: 'contacts',
  label: 'Contact',
  scope: 'contacts:write',
  fields,
  table: contacts,
  references: (item) => [
    ...(item.accountLinks ?? []).map((l, i) => ({
      kind: 'accounts' as const,
      externalId: l.accountExternalId,
      field: `accountLinks.${i}.accountExternalId`,
    })),
    ...(item.buildingExternalIds ?? []).map((externalId, i) => ({
      kind: 'buildings' as const,
      externalId,
      field: `buildingExternalIds.${i}`,
    })),
  ],
  toRow(item, refs) {
    // Resolved here so an unknown link fails the item before anything is written.
    for (const r of contactIngest.references(item)) requireRef(refs, r.kind, r.externalId, r.field);
    return {
      firstName: item.firstName,
      lastName: item.lastName ?? '',
      email: normaliseEmail(item.email),
      phone: item.phone ?? null,
      jobTitle: item.jobTitle ?? null,
    };
  },
  precheck: uniqueEmails,
  afterWrite: replaceContactLinks,
};
