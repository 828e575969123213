import { type DbOrTx, schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import { assertAccountInOrg } from '../accounts/accounts';
import { assertBuildingsInOrg } from '../buildings/buildings';
import { assertClientGroupInOrg } from '../client-groups/client-groups';
import type { OfficeContext } from '../context';
import { ConflictError, ForbiddenError, isUniqueViolation, NotFoundError } from '../errors';
import { systemActor } from '../invitations/events';
import { inviteContact } from '../invitations/invitations';
import { type AccessAreas, type ContactView, loadContactLinks, toContactView } from './contact-view';

const { contactAccounts, contactBuildings, contacts } = schema;

export interface ContactDetails {
  firstName: string;
  lastName?: string;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  externalId?: string | null;
  clientGroupId?: string | null;
}

export interface NewContact extends ContactDetails {
  /** Invite to the portal at once (needs invitations.send). */
  invite?: boolean;
  access?: Partial<AccessAreas>;
  accounts?: { accountId: string; isBillingContact?: boolean }[];
  buildingIds?: string[];
}

/** Blank means "no email": a contact may exist without one, it just cannot be invited. */
function normaliseEmail(email: string | null | undefined): string | null | undefined {
  if (email === undefined) return undefined;
  const trimmed = email?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

function accessColumns(access: Partial<AccessAreas> | undefined) {
  if (!access) return {};
  return {
    ...(access.inspectionReports !== undefined && { accessInspectionReports: access.inspectionReports }),
    ...(access.serviceReports !== undefined && { accessServiceReports: access.serviceReports }),
    ...(access.proposals !== undefined && { accessProposals: access.proposals }),
    ...(access.invoices !== undefined && { accessInvoices: access.invoices }),
  };
}

function requireAccessManage(ctx: OfficeContext, access: Partial<AccessAreas> | undefined) {
  if (access && Object.keys(access).length > 0 && !ctx.permissions.includes('access.manage')) {
    throw new ForbiddenError('Changing what a contact may see needs the access.manage permission.');
  }
}

const duplicateEmail = () =>
  new ConflictError('Another contact in your organization already uses this email.', {
    errors: [{ field: 'email', message: 'already used by another contact' }],
  });

function translateUnique(error: unknown): never {
  if (isUniqueViolation(error, 'contacts_org_email_uq')) throw duplicateEmail();
  if (isUniqueViolation(error, 'contacts_org_external_uq')) {
    throw new ConflictError('Another contact already has this external id.', {
      errors: [{ field: 'externalId', message: 'already used by another contact' }],
    });
  }
  throw error;
}

export async function getContact(db: DbOrTx, ctx: OfficeContext, id: string): Promise<ContactView> {
  const [row] = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Contact');
  return toContactView(row, await loadContactLinks(db, ctx, [row.id]));
}

/** Runs inside the caller's transaction so the contact and its links appear together. */
export async function createContact(db: DbOrTx, ctx: OfficeContext, input: NewContact): Promise<ContactView> {
  requireAccessManage(ctx, input.access);
  if (input.invite && !ctx.permissions.includes('invitations.send')) {
    throw new ForbiddenError('Inviting to the portal needs the invitations.send permission.');
  }
  const { access, invite, accounts: accountLinks = [], buildingIds = [], ...details } = input;
  for (const link of accountLinks) await assertAccountInOrg(db, ctx, link.accountId);
  await assertBuildingsInOrg(db, ctx, buildingIds);
  if (details.clientGroupId) await assertClientGroupInOrg(db, ctx, details.clientGroupId);

  let id: string;
  try {
    const [row] = await db
      .insert(contacts)
      .values({
        ...details,
        email: normaliseEmail(details.email),
        ...accessColumns(access),
        orgId: ctx.orgId,
      })
      .returning({ id: contacts.id });
    if (!row) throw new Error('insert returned no row');
    id = row.id;
  } catch (error) {
    translateUnique(error);
  }
  if (accountLinks.length > 0) {
    await db
      .insert(contactAccounts)
      .values(
        accountLinks.map((l) => ({
          orgId: ctx.orgId,
          contactId: id,
          accountId: l.accountId,
          isBillingContact: l.isBillingContact ?? false,
        })),
      )
      .onConflictDoNothing();
  }
  if (buildingIds.length > 0) {
    await db
      .insert(contactBuildings)
      .values(
        [...new Set(buildingIds)].map((buildingId) => ({ orgId: ctx.orgId, contactId: id, buildingId })),
      )
      .onConflictDoNothing();
  }
  if (invite) {
    await inviteContact(db, ctx.orgId, id, ctx.actor);
  } else if (details.email?.trim() && (await autoInvites(db, ctx.orgId))) {
    // The organization's policy, not the user's choice: recorded as a system invite.
    await inviteContact(db, ctx.orgId, id, systemActor);
  }
  return getContact(db, ctx, id);
}

async function autoInvites(db: DbOrTx, orgId: string): Promise<boolean> {
  const [org] = await db
    .select({ on: schema.organizations.autoInviteNewContacts })
    .from(schema.organizations)
    .where(eq(schema.organizations.id, orgId))
    .limit(1);
  return org?.on ?? false;
}

export async function updateContact(
  db: DbOrTx,
  ctx: OfficeContext,
  id: string,
  input: Partial<ContactDetails> & { access?: Partial<AccessAreas> },
): Promise<ContactView> {
  requireAccessManage(ctx, input.access);
  const { access, ...details } = input;
  if (details.clientGroupId) await assertClientGroupInOrg(db, ctx, details.clientGroupId);
  const values = {
    ...details,
    ...(details.email !== undefined && { email: normaliseEmail(details.email) }),
    ...accessColumns(access),
  };
  if (Object.keys(values).length > 0) {
    try {
      const [row] = await db
        .update(contacts)
        .set(values)
        .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, id)))
        .returning({ id: contacts.id });
      if (!row) throw new NotFoundError('Contact');
    } catch (error) {
      translateUnique(error);
    }
  }
  return getContact(db, ctx, id);
}

/** Removes the contact with its links, portal sign-in and history. */
export async function deleteContact(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const deleted = await db
    .delete(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, id)))
    .returning({ id: contacts.id });
  if (deleted.length === 0) throw new NotFoundError('Contact');
}

async function assertContactInOrg(db: DbOrTx, ctx: OfficeContext, id: string): Promise<void> {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.orgId, ctx.orgId), eq(contacts.id, id)))
    .limit(1);
  if (!row) throw new NotFoundError('Contact');
}

/** Links (or re-flags) a contact to an account; idempotent. */
export async function linkContactAccount(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  accountId: string,
  isBillingContact: boolean,
): Promise<ContactView> {
  await assertContactInOrg(db, ctx, contactId);
  await assertAccountInOrg(db, ctx, accountId);
  await db
    .insert(contactAccounts)
    .values({ orgId: ctx.orgId, contactId, accountId, isBillingContact })
    .onConflictDoUpdate({
      target: [contactAccounts.contactId, contactAccounts.accountId],
      set: { isBillingContact },
    });
  return getContact(db, ctx, contactId);
}

export async function unlinkContactAccount(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  accountId: string,
) {
  const deleted = await db
    .delete(contactAccounts)
    .where(
      and(
        eq(contactAccounts.orgId, ctx.orgId),
        eq(contactAccounts.contactId, contactId),
        eq(contactAccounts.accountId, accountId),
      ),
    )
    .returning({ contactId: contactAccounts.contactId });
  if (deleted.length === 0) throw new NotFoundError('Link between contact and account');
}

export async function linkContactBuilding(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  buildingId: string,
): Promise<ContactView> {
  await assertContactInOrg(db, ctx, contactId);
  await assertBuildingsInOrg(db, ctx, [buildingId]);
  await db.insert(contactBuildings).values({ orgId: ctx.orgId, contactId, buildingId }).onConflictDoNothing();
  return getContact(db, ctx, contactId);
}

export async function unlinkContactBuilding(
  db: DbOrTx,
  ctx: OfficeContext,
  contactId: string,
  buildingId: string,
) {
  const deleted = await db
    .delete(contactBuildings)
    .where(
      and(
        eq(contactBuildings.orgId, ctx.orgId),
        eq(contactBuildings.contactId, contactId),
        eq(contactBuildings.buildingId, buildingId),
      ),
    )
    .returning({ contactId: contactBuildings.contactId });
  if (deleted.length === 0) throw new NotFoundError('Link between contact and building');
}
