import { type DbOrTx, schema } from '@portico/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { OfficeContext } from '../context';
import { type PortalStatus, portalStatusOf } from './portal-status';

const { accounts, buildings, contactAccounts, contactBuildings } = schema;

type ContactRow = typeof schema.contacts.$inferSelect;

export interface AccessAreas {
  inspectionReports: boolean;
  serviceReports: boolean;
  proposals: boolean;
  invoices: boolean;
}

/** A contact as the office sees it: status derived, access grouped, links named. */
export interface ContactView {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  jobTitle: string | null;
  externalId: string | null;
  clientGroupId: string | null;
  portalStatus: PortalStatus;
  suspendedNote: string | null;
  access: AccessAreas;
  accounts: { accountId: string; accountName: string; isBillingContact: boolean }[];
  buildings: { buildingId: string; buildingName: string; accountId: string }[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ContactLinks {
  accounts: Map<string, ContactView['accounts']>;
  buildings: Map<string, ContactView['buildings']>;
}

/** Two queries for a whole page, not two per contact. */
export async function loadContactLinks(
  db: DbOrTx,
  ctx: OfficeContext,
  contactIds: string[],
): Promise<ContactLinks> {
  const links: ContactLinks = { accounts: new Map(), buildings: new Map() };
  if (contactIds.length === 0) return links;
  const [accountRows, buildingRows] = await Promise.all([
    db
      .select({
        contactId: contactAccounts.contactId,
        accountId: contactAccounts.accountId,
        accountName: accounts.name,
        isBillingContact: contactAccounts.isBillingContact,
      })
      .from(contactAccounts)
      .innerJoin(accounts, eq(accounts.id, contactAccounts.accountId))
      .where(and(eq(contactAccounts.orgId, ctx.orgId), inArray(contactAccounts.contactId, contactIds)))
      .orderBy(accounts.name),
    db
      .select({
        contactId: contactBuildings.contactId,
        buildingId: contactBuildings.buildingId,
        buildingName: buildings.name,
        accountId: buildings.accountId,
      })
      .from(contactBuildings)
      .innerJoin(buildings, eq(buildings.id, contactBuildings.buildingId))
      .where(and(eq(contactBuildings.orgId, ctx.orgId), inArray(contactBuildings.contactId, contactIds)))
      .orderBy(buildings.name),
  ]);
  for (const { contactId, ...link } of accountRows) {
    links.accounts.set(contactId, [...(links.accounts.get(contactId) ?? []), link]);
  }
  for (const { contactId, ...link } of buildingRows) {
    links.buildings.set(contactId, [...(links.buildings.get(contactId) ?? []), link]);
  }
  return links;
}

export function toContactView(c: ContactRow, links: ContactLinks): ContactView {
  return {
    id: c.id,
    firstName: c.firstName,
    lastName: c.lastName,
    email: c.email,
    phone: c.phone,
    jobTitle: c.jobTitle,
    externalId: c.externalId,
    clientGroupId: c.clientGroupId,
    portalStatus: portalStatusOf(c),
    suspendedNote: c.suspended ? c.suspendedNote : null,
    access: {
      inspectionReports: c.accessInspectionReports,
      serviceReports: c.accessServiceReports,
      proposals: c.accessProposals,
      invoices: c.accessInvoices,
    },
    accounts: links.accounts.get(c.id) ?? [],
    buildings: links.buildings.get(c.id) ?? [],
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
  };
}
