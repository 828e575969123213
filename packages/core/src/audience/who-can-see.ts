import { type DbOrTx, type DocumentKind, schema } from '@portico/db';
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AccessAreas } from '../contacts/contact-view';
import { type PortalStatus, portalStatusOf } from '../contacts/portal-status';
import type { OfficeContext } from '../context';
import { NotFoundError } from '../errors';
import { toPortalContact } from '../portal-auth/portal-contacts';
import type { PortalView } from '../portal-auth/portal-views';
import { areaOfKind, buildingVisible, documentVisible, type PortalScope } from '../portal-content/visibility';

const { accounts, buildings, clientGroups, contactAccounts, contactBuildings, contacts, documents } = schema;
const { organizations, portalIdentities } = schema;

export type AudienceRule = 'account_link' | 'building_link' | 'client_group';
export const audienceBlocks = [
  'not_enrolled',
  'suspended',
  'area',
  'unpublished',
  'inactive_account',
  'outside_client_group',
] as const;
export type AudienceBlock = (typeof audienceBlocks)[number];

export interface AudienceEntry {
  contact: {
    id: string;
    name: string;
    email: string | null;
    portalStatus: PortalStatus;
    suspended: boolean;
    access: AccessAreas;
  };
  grants: { rule: AudienceRule; via: { id: string; name: string } }[];
  areaAllowed: boolean;
  canSeeNow: boolean;
  blockedBy: AudienceBlock[];
}

export interface Audience {
  items: AudienceEntry[];
  total: number;
  /** How many of the items can see it right now. */
  canSeeNow: number;
}

/** Where the thing lives: what decides who reaches it. */
interface Subject {
  account: { id: string; name: string; active: boolean };
  group: { id: string; name: string } | null;
  building: { id: string; name: string } | null;
  document: { id: string; kind: DocumentKind; published: boolean } | null;
}

// The rule is evaluated once per contact; chunked so one statement stays a sensible size.
const RULE_CHUNK = 100;

async function loadAccountAndGroup(db: DbOrTx, orgId: string, accountId: string) {
  const [row] = await db
    .select({ account: accounts, groupName: clientGroups.name })
    .from(accounts)
    .leftJoin(clientGroups, eq(clientGroups.id, accounts.clientGroupId))
    .where(and(eq(accounts.orgId, orgId), eq(accounts.id, accountId)))
    .limit(1);
  if (!row) throw new NotFoundError('Account');
  const { account, groupName } = row;
  return {
    account: { id: account.id, name: account.name, active: account.active },
    group:
      account.clientGroupId && groupName !== null ? { id: account.clientGroupId, name: groupName } : null,
  };
}

/**
 * Everyone holding a link that could open the subject, with the link that does: account links of
 * its account, building links of its building (not for account-level documents: a building link
 * does not open the head office's papers), and members of the account's client group.
 */
async function grantsOf(db: DbOrTx, orgId: string, s: Subject) {
  const grants = new Map<string, AudienceEntry['grants']>();
  const add = (ids: { id: string }[], grant: AudienceEntry['grants'][number]) => {
    for (const { id } of ids) grants.set(id, [...(grants.get(id) ?? []), grant]);
  };
  const [viaAccount, viaBuilding, viaGroup] = await Promise.all([
    db
      .select({ id: contactAccounts.contactId })
      .from(contactAccounts)
      .where(and(eq(contactAccounts.orgId, orgId), eq(contactAccounts.accountId, s.account.id))),
    s.building
      ? db
          .select({ id: contactBuildings.contactId })
          .from(contactBuildings)
          .where(and(eq(contactBuildings.orgId, orgId), eq(contactBuildings.buildingId, s.building.id)))
      : [],
    s.group
      ? db
          .select({ id: contacts.id })
          .from(contacts)
          .where(and(eq(contacts.orgId, orgId), eq(contacts.clientGroupId, s.group.id)))
      : [],
  ]);
  add(viaAccount, { rule: 'account_link', via: { id: s.account.id, name: s.account.name } });
  if (s.building) add(viaBuilding, { rule: 'building_link', via: s.building });
  if (s.group) add(viaGroup, { rule: 'client_group', via: s.group });
  return grants;
}

/**
 * The widest view each contact has, as `portalViews` offers it: the whole group for a client-group
 * user, everything otherwise. Every other view only narrows it.
 */
async function widestViews(db: DbOrTx, orgId: string, rows: { id: string; clientGroupId: string | null }[]) {
  const groupIds = [...new Set(rows.map((r) => r.clientGroupId).filter((g): g is string => g !== null))];
  const groups =
    groupIds.length === 0
      ? []
      : await db
          .select({ id: clientGroups.id, name: clientGroups.name })
          .from(clientGroups)
          .where(and(eq(clientGroups.orgId, orgId), inArray(clientGroups.id, groupIds)));
  const byId = new Map(groups.map((g) => [g.id, g]));
  return new Map<string, PortalView>(
    rows.map((r) => {
      const group = r.clientGroupId ? byId.get(r.clientGroupId) : undefined;
      return [r.id, group ? { kind: 'group', ...group } : { kind: 'all' }];
    }),
  );
}

/** Asks THE access rule, per contact, whether the subject is visible to it (ignoring sign-in state). */
async function ruleAnswers(db: DbOrTx, scopes: PortalScope[], s: Subject): Promise<Set<string>> {
  const visible = new Set<string>();
  for (let i = 0; i < scopes.length; i += RULE_CHUNK) {
    const parts = scopes.slice(i, i + RULE_CHUNK).map((scope) => {
      const predicate: SQL = s.document
        ? sql`exists (select 1 from ${documents} where ${documents.id} = ${s.document.id} and ${documentVisible(scope)})`
        : buildingVisible(scope, sql`${s.building?.id}::uuid`);
      return sql`select ${scope.contact.id}::uuid as id, (${predicate}) as visible`;
    });
    const result = await db.execute<{ id: string; visible: boolean }>(sql.join(parts, sql` union all `));
    for (const row of result.rows) if (row.visible) visible.add(row.id);
  }
  return visible;
}

async function audienceOf(db: DbOrTx, ctx: OfficeContext, s: Subject): Promise<Audience> {
  const grants = await grantsOf(db, ctx.orgId, s);
  if (grants.size === 0) return { items: [], total: 0, canSeeNow: 0 };
  const [organization] = await db.select().from(organizations).where(eq(organizations.id, ctx.orgId));
  if (!organization) throw new NotFoundError('Organization');
  const rows = await db
    .select({ contact: contacts, identity: portalIdentities.contactId })
    .from(contacts)
    .leftJoin(portalIdentities, eq(portalIdentities.contactId, contacts.id))
    .where(and(eq(contacts.orgId, ctx.orgId), inArray(contacts.id, [...grants.keys()])))
    .orderBy(asc(sql`lower(${contacts.lastName})`), asc(sql`lower(${contacts.firstName})`), asc(contacts.id));
  const views = await widestViews(
    db,
    ctx.orgId,
    rows.map((r) => r.contact),
  );
  const scopes = rows.map((r) => ({
    contact: toPortalContact(r.contact, organization),
    view: views.get(r.contact.id) ?? ({ kind: 'all' } as const),
  }));
  const visible = await ruleAnswers(db, scopes, s);

  const items = rows.map(({ contact: c, identity }, i): AudienceEntry => {
    const { access } = scopes[i]?.contact ?? toPortalContact(c, organization);
    const view = scopes[i]?.view;
    // Enrolled as loadPortalContact means it: registered and enrolled.
    const enrolled = identity !== null && c.inviteStatus === 'enrolled';
    const areaAllowed = s.document ? access[areaOfKind[s.document.kind]] : true;
    const blockedBy: AudienceBlock[] = [];
    if (!enrolled) blockedBy.push('not_enrolled');
    if (c.suspended) blockedBy.push('suspended');
    if (!areaAllowed) blockedBy.push('area');
    if (s.document && !s.document.published) blockedBy.push('unpublished');
    if (!s.account.active) blockedBy.push('inactive_account');
    else if (view?.kind === 'group' && view.id !== s.group?.id) blockedBy.push('outside_client_group');
    return {
      contact: {
        id: c.id,
        name: `${c.firstName} ${c.lastName}`.trim(),
        email: c.email,
        portalStatus: portalStatusOf(c),
        suspended: c.suspended,
        access,
      },
      grants: grants.get(c.id) ?? [],
      areaAllowed,
      canSeeNow: enrolled && !c.suspended && visible.has(c.id),
      blockedBy,
    };
  });
  return { items, total: items.length, canSeeNow: items.filter((e) => e.canSeeNow).length };
}

/** The contacts who can see a building (and so its assets and tasks), and why. */
export async function buildingAudience(
  db: DbOrTx,
  ctx: OfficeContext,
  buildingId: string,
): Promise<Audience> {
  const [building] = await db
    .select({ id: buildings.id, name: buildings.name, accountId: buildings.accountId })
    .from(buildings)
    .where(and(eq(buildings.orgId, ctx.orgId), eq(buildings.id, buildingId)))
    .limit(1);
  if (!building) throw new NotFoundError('Building');
  const { account, group } = await loadAccountAndGroup(db, ctx.orgId, building.accountId);
  return audienceOf(db, ctx, {
    account,
    group,
    building: { id: building.id, name: building.name },
    document: null,
  });
}

/** The contacts who can see a document, and why; those with a link but blocked, with the reason. */
export async function documentAudience(
  db: DbOrTx,
  ctx: OfficeContext,
  documentId: string,
): Promise<Audience> {
  const [row] = await db
    .select({ document: documents, buildingName: buildings.name })
    .from(documents)
    .leftJoin(buildings, eq(buildings.id, documents.buildingId))
    .where(and(eq(documents.orgId, ctx.orgId), eq(documents.id, documentId)))
    .limit(1);
  if (!row) throw new NotFoundError('Document');
  const { document: d, buildingName } = row;
  const { account, group } = await loadAccountAndGroup(db, ctx.orgId, d.accountId);
  return audienceOf(db, ctx, {
    account,
    group,
    building: d.buildingId && buildingName !== null ? { id: d.buildingId, name: buildingName } : null,
    document: { id: d.id, kind: d.kind, published: d.published },
  });
}
