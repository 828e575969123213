import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDb, type DbHandle, type DocumentKind, schema } from '@portico/db';
import {
  createTestDatabase,
  makeAccount,
  makeBuilding,
  makeClientGroup,
  makeDefect,
  makeDocument,
  makeEnrolledContact,
  makeOrganization,
  makeQuote,
  type TestDatabase,
} from '@portico/db/testing';
import { and, eq, inArray } from 'drizzle-orm';
import type { AccessAreas } from '../contacts/contact-view';
import { ForbiddenError } from '../errors';
import { loadPortalContact } from '../portal-auth/portal-contacts';
import { resolvePortalView } from '../portal-auth/portal-views';
import {
  areaOfKind,
  defectVisible,
  documentVisible,
  documentVisibleAmong,
  type PortalScope,
  quoteVisible,
  resolveVisibleIds,
} from './visibility';

/**
 * The access rule as a matrix over the real database: link type x area x published x suspended x
 * view. Every cell's expectation is computed independently of the SQL (from the links as plain
 * data), so a change to the rule that leaks or hides something fails here.
 */
let database: TestDatabase;
let handle: DbHandle;
beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { max: 2 });
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const kinds = Object.keys(areaOfKind) as DocumentKind[];
type LinkType = 'account' | 'building' | 'group';
const linkTypes: LinkType[] = ['account', 'building', 'group'];
const onlyArea = (area: keyof AccessAreas): AccessAreas => ({
  inspectionReports: area === 'inspectionReports',
  serviceReports: area === 'serviceReports',
  proposals: area === 'proposals',
  invoices: area === 'invoices',
});

async function world() {
  const db = handle.db;
  const org = await makeOrganization(db);
  const group = await makeClientGroup(db, org.id);
  const a1 = await makeAccount(db, org.id, { clientGroupId: group.id });
  const a2 = await makeAccount(db, org.id, { clientGroupId: group.id });
  const outsider = await makeAccount(db, org.id);
  const b1 = await makeBuilding(db, org.id, a1.id);
  const b1bis = await makeBuilding(db, org.id, a1.id);
  const b2 = await makeBuilding(db, org.id, a2.id);
  const bOut = await makeBuilding(db, org.id, outsider.id);
  // Another organization with its own everything, which no cell may ever see.
  const otherOrg = await makeOrganization(db);
  const foreign = await makeAccount(db, otherOrg.id);
  const foreignBuilding = await makeBuilding(db, otherOrg.id, foreign.id);

  // For each (kind, published) a document on every building, plus account-level ones.
  const docs: {
    id: string;
    kind: DocumentKind;
    published: boolean;
    buildingId: string | null;
    accountId: string;
  }[] = [];
  for (const kind of kinds) {
    for (const published of [true, false]) {
      for (const [accountId, buildingId] of [
        [a1.id, b1.id],
        [a1.id, b1bis.id],
        [a2.id, b2.id],
        [outsider.id, bOut.id],
        [a1.id, null],
        [a2.id, null],
      ] as const) {
        const d = await makeDocument(db, org.id, { accountId, buildingId }, { kind, published });
        docs.push({ id: d.id, kind, published, buildingId, accountId });
      }
      await makeDocument(
        db,
        otherOrg.id,
        { accountId: foreign.id, buildingId: foreignBuilding.id },
        { kind, published },
      );
    }
  }
  const defects: { id: string; buildingId: string; published: boolean }[] = [];
  const quotes: { id: string; buildingId: string; published: boolean }[] = [];
  for (const b of [b1, b1bis, b2, bOut, foreignBuilding]) {
    for (const published of [true, false]) {
      const orgId = b.id === foreignBuilding.id ? otherOrg.id : org.id;
      const d = await makeDefect(db, orgId, b.id, { published });
      const q = await makeQuote(db, orgId, b.id, { published });
      if (orgId === org.id) {
        defects.push({ id: d.id, buildingId: b.id, published });
        quotes.push({ id: q.id, buildingId: b.id, published });
      }
    }
  }
  return { org, group, a1, a2, b1, b1bis, b2, docs, defects, quotes };
}

describe('the portal access rule, as a matrix', () => {
  it('shows exactly the published items of the allowed areas on the linked buildings, per view', async () => {
    const db = handle.db;
    const w = await world();
    const buildingAccount = new Map([
      [w.b1.id, w.a1.id],
      [w.b1bis.id, w.a1.id],
      [w.b2.id, w.a2.id],
    ]);
    let cells = 0;
    for (const link of linkTypes) {
      for (const area of Object.values(areaOfKind)) {
        const contact = await makeEnrolledContact(db, w.org.id, {
          ...(link === 'account' ? { accountId: w.a1.id } : {}),
          ...(link === 'building' ? { buildingId: w.b1.id } : {}),
          ...(link === 'group' ? { clientGroupId: w.group.id } : {}),
          ...Object.fromEntries(
            Object.entries(onlyArea(area)).map(([k, v]) => [`access${k[0]?.toUpperCase()}${k.slice(1)}`, v]),
          ),
        });
        const portalContact = await loadPortalContact(db, contact.id, w.org.id);
        const views =
          link === 'group'
            ? [undefined, `account:${w.a1.id}`, `account:${w.a2.id}`]
            : [undefined, `account:${w.a1.id}`];
        for (const requested of views) {
          const { view } = await resolvePortalView(db, portalContact, requested);
          const scope = { contact: portalContact, view };
          // The expectation, from the links as data.
          const inView = (accountId: string) => view.kind !== 'account' || view.id === accountId;
          const seesBuilding = (buildingId: string) => {
            const accountId = buildingAccount.get(buildingId);
            if (!accountId || !inView(accountId)) return false;
            if (link === 'account') return accountId === w.a1.id;
            if (link === 'building') return buildingId === w.b1.id;
            return true; // both accounts are in the group
          };
          const seesAccountPapers = (accountId: string) =>
            inView(accountId) &&
            (link === 'group'
              ? [w.a1.id, w.a2.id].includes(accountId)
              : link === 'account' && accountId === w.a1.id);
          const expectedDocs = w.docs
            .filter(
              (d) =>
                d.published &&
                areaOfKind[d.kind] === area &&
                (d.buildingId ? seesBuilding(d.buildingId) : seesAccountPapers(d.accountId)),
            )
            .map((d) => d.id)
            .sort();
          const gotDocs = (
            await db.select({ id: schema.documents.id }).from(schema.documents).where(documentVisible(scope))
          )
            .map((r) => r.id)
            .sort();
          expect({ link, area, requested, docs: gotDocs }).toEqual({
            link,
            area,
            requested,
            docs: expectedDocs,
          });
          // The same rule resolved to ids first (the document list's form) answers the same.
          const resolved = await resolveVisibleIds(db, scope);
          const viaIds = (
            await db
              .select({ id: schema.documents.id })
              .from(schema.documents)
              .where(documentVisibleAmong(scope, resolved))
          )
            .map((r) => r.id)
            .sort();
          expect({ link, area, requested, viaIds }).toEqual({ link, area, requested, viaIds: expectedDocs });

          const expectedDefects =
            area === 'inspectionReports'
              ? w.defects
                  .filter((d) => d.published && seesBuilding(d.buildingId))
                  .map((d) => d.id)
                  .sort()
              : [];
          // Each record kind through both forms: the rule's subquery, and the ids resolved once.
          const withIds = { ...scope, visible: resolved };
          const defectsOf = async (s: PortalScope) =>
            (await db.select({ id: schema.defects.id }).from(schema.defects).where(defectVisible(s)))
              .map((r) => r.id)
              .sort();
          for (const defects of [await defectsOf(scope), await defectsOf(withIds)]) {
            expect({ link, area, requested, defects }).toEqual({
              link,
              area,
              requested,
              defects: expectedDefects,
            });
          }

          const expectedQuotes =
            area === 'proposals'
              ? w.quotes
                  .filter((q) => q.published && seesBuilding(q.buildingId))
                  .map((q) => q.id)
                  .sort()
              : [];
          const quotesOf = async (s: PortalScope) =>
            (await db.select({ id: schema.quotes.id }).from(schema.quotes).where(quoteVisible(s)))
              .map((r) => r.id)
              .sort();
          for (const quotes of [await quotesOf(scope), await quotesOf(withIds)]) {
            expect({ link, area, requested, quotes }).toEqual({
              link,
              area,
              requested,
              quotes: expectedQuotes,
            });
          }
          cells++;
        }
      }
    }
    // 3 link types x 4 areas x their views (2, 2, 3) -> 28 cells, each checking three record kinds.
    expect(cells).toBe(28);
  });

  it('refuses a suspended contact before any content query, whatever its links', async () => {
    const db = handle.db;
    const w = await world();
    for (const link of linkTypes) {
      const contact = await makeEnrolledContact(db, w.org.id, {
        ...(link === 'account' ? { accountId: w.a1.id } : {}),
        ...(link === 'building' ? { buildingId: w.b1.id } : {}),
        ...(link === 'group' ? { clientGroupId: w.group.id } : {}),
        suspended: true,
        suspendedNote: 'Account on hold',
      });
      await expect(loadPortalContact(db, contact.id, w.org.id)).rejects.toBeInstanceOf(ForbiddenError);
      // Reinstated, the same contact sees its documents again.
      await db.update(schema.contacts).set({ suspended: false }).where(eq(schema.contacts.id, contact.id));
      const portalContact = await loadPortalContact(db, contact.id, w.org.id);
      const { view } = await resolvePortalView(db, portalContact, undefined);
      const seen = await db
        .select({ id: schema.documents.id })
        .from(schema.documents)
        .where(
          and(
            documentVisible({ contact: portalContact, view }),
            inArray(schema.documents.kind, ['inspection_report']),
          ),
        );
      expect(seen.length).toBeGreaterThan(0);
    }
  });

  it('refuses a view outside the contact links', async () => {
    const db = handle.db;
    const w = await world();
    const contact = await makeEnrolledContact(db, w.org.id, { buildingId: w.b1.id });
    const portalContact = await loadPortalContact(db, contact.id, w.org.id);
    await expect(resolvePortalView(db, portalContact, `account:${w.a2.id}`)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(resolvePortalView(db, portalContact, `group:${w.group.id}`)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
