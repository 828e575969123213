import { type DbOrTx, schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import type { AccessAreas } from '../contacts/contact-view';
import { ForbiddenError, UnauthorizedError } from '../errors';

const { contacts, organizations, portalIdentities } = schema;

/** The signed-in customer, as every portal request sees it: read fresh from the database. */
export interface PortalContact {
  id: string;
  orgId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  clientGroupId: string | null;
  access: AccessAreas;
  organization: { id: string; name: string; slug: string; logoUrl: string | null; brandColor: string };
}

export function suspendedError(note: string | null): ForbiddenError {
  const error = new ForbiddenError(
    note?.trim() || 'Your access to the portal has been suspended. Contact your service provider.',
  );
  Object.assign(error.extra, { code: 'suspended', suspendedNote: note });
  return error;
}

/**
 * Loads an enrolled contact for a portal request. Suspension and access areas are read here on
 * every request, not baked into the token, so the office's change applies at the next click.
 */
export async function loadPortalContact(
  db: DbOrTx,
  contactId: string,
  orgId: string,
): Promise<PortalContact> {
  const [row] = await db
    .select({ contact: contacts, organization: organizations, identity: portalIdentities.contactId })
    .from(contacts)
    .innerJoin(organizations, eq(organizations.id, contacts.orgId))
    .leftJoin(portalIdentities, eq(portalIdentities.contactId, contacts.id))
    .where(and(eq(contacts.id, contactId), eq(contacts.orgId, orgId)))
    .limit(1);
  if (!row?.identity || row.contact.inviteStatus !== 'enrolled') {
    throw new UnauthorizedError('Your session has ended. Sign in again.');
  }
  if (row.contact.suspended) throw suspendedError(row.contact.suspendedNote);
  return toPortalContact(row.contact, row.organization);
}

export function toPortalContact(
  c: typeof contacts.$inferSelect,
  o: typeof organizations.$inferSelect,
): PortalContact {
  return {
    id: c.id,
    orgId: c.orgId,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    clientGroupId: c.clientGroupId,
    access: {
      inspectionReports: c.accessInspectionReports,
      serviceReports: c.accessServiceReports,
      proposals: c.accessProposals,
      invoices: c.accessInvoices,
    },
    organization: { id: o.id, name: o.name, slug: o.slug, logoUrl: o.logoUrl, brandColor: o.brandColor },
  };
}
