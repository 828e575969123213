import { schema, type Tx } from '@portico/db';
import { inArray, type SQL, sql } from 'drizzle-orm';
import { type Refs, requireRef } from '../references';
import type { Written } from '../types';
import type { ContactItem } from './contacts';

const { contactAccounts, contactBuildings, contacts } = schema;

const uuidPairs = (pairs: [string, string][]): SQL =>
  sql.join(
    pairs.map(([a, b]) => sql`(${a}::uuid, ${b}::uuid)`),
    sql`, `,
  );

/**
 * After the contact rows: access areas that were given, and links that were given (replacing the
 * contact's links of that type). All set-based; returns the items that changed something here.
 */
export async function replaceContactLinks(
  tx: Tx,
  orgId: string,
  written: Written<ContactItem>[],
  refs: Refs,
): Promise<Set<number>> {
  const changedContacts = new Set<string>();
  const note = (rows: { contactId: string }[]) => {
    for (const r of rows) changedContacts.add(r.contactId);
  };

  const withAccess = written.filter((w) => w.item.access);
  if (withAccess.length > 0) {
    const values = sql.join(
      withAccess.map((w) => {
        const a = w.item.access ?? {};
        return sql`(${w.id}::uuid, ${a.inspectionReports ?? null}::boolean, ${a.serviceReports ?? null}::boolean, ${a.proposals ?? null}::boolean, ${a.invoices ?? null}::boolean)`;
      }),
      sql`, `,
    );
    const result = await tx.execute<{ contactId: string }>(sql`
      update ${contacts} c set
        access_inspection_reports = coalesce(v.ir, c.access_inspection_reports),
        access_service_reports = coalesce(v.sr, c.access_service_reports),
        access_proposals = coalesce(v.pr, c.access_proposals),
        access_invoices = coalesce(v.inv, c.access_invoices),
        updated_at = now()
      from (values ${values}) as v(id, ir, sr, pr, inv)
      where c.id = v.id
        and (c.access_inspection_reports, c.access_service_reports, c.access_proposals, c.access_invoices)
          is distinct from (coalesce(v.ir, c.access_inspection_reports), coalesce(v.sr, c.access_service_reports),
            coalesce(v.pr, c.access_proposals), coalesce(v.inv, c.access_invoices))
      returning c.id as "contactId"`);
    note(result.rows);
  }

  const withAccounts = written.filter((w) => w.item.accountLinks);
  if (withAccounts.length > 0) {
    // One link per account; "billing" wins when the item names an account twice.
    const desired = new Map<string, { contactId: string; accountId: string; isBillingContact: boolean }>();
    for (const w of withAccounts) {
      for (const link of w.item.accountLinks ?? []) {
        const accountId = requireRef(refs, 'accounts', link.accountExternalId, 'accountLinks').id;
        const key = `${w.id}:${accountId}`;
        const billing = (desired.get(key)?.isBillingContact ?? false) || (link.isBillingContact ?? false);
        desired.set(key, { contactId: w.id, accountId, isBillingContact: billing });
      }
    }
    const keep = [...desired.values()].map((d): [string, string] => [d.contactId, d.accountId]);
    note(
      await tx
        .delete(contactAccounts)
        .where(
          sql`${inArray(
            contactAccounts.contactId,
            withAccounts.map((w) => w.id),
          )}${
            keep.length > 0
              ? sql` and (${contactAccounts.contactId}, ${contactAccounts.accountId}) not in (${uuidPairs(keep)})`
              : sql``
          }`,
        )
        .returning({ contactId: contactAccounts.contactId }),
    );
    if (desired.size > 0) {
      note(
        await tx
          .insert(contactAccounts)
          .values([...desired.values()].map((d) => ({ ...d, orgId })))
          .onConflictDoUpdate({
            target: [contactAccounts.contactId, contactAccounts.accountId],
            set: { isBillingContact: sql`excluded.is_billing_contact` },
            setWhere: sql`${contactAccounts.isBillingContact} is distinct from excluded.is_billing_contact`,
          })
          .returning({ contactId: contactAccounts.contactId }),
      );
    }
  }

  const withBuildings = written.filter((w) => w.item.buildingExternalIds);
  if (withBuildings.length > 0) {
    const desired = new Map<string, [string, string]>();
    for (const w of withBuildings) {
      for (const externalId of w.item.buildingExternalIds ?? []) {
        const buildingId = requireRef(refs, 'buildings', externalId, 'buildingExternalIds').id;
        desired.set(`${w.id}:${buildingId}`, [w.id, buildingId]);
      }
    }
    const keep = [...desired.values()];
    note(
      await tx
        .delete(contactBuildings)
        .where(
          sql`${inArray(
            contactBuildings.contactId,
            withBuildings.map((w) => w.id),
          )}${
            keep.length > 0
              ? sql` and (${contactBuildings.contactId}, ${contactBuildings.buildingId}) not in (${uuidPairs(keep)})`
              : sql``
          }`,
        )
        .returning({ contactId: contactBuildings.contactId }),
    );
    if (keep.length > 0) {
      note(
        await tx
          .insert(contactBuildings)
          .values(keep.map(([contactId, buildingId]) => ({ orgId, contactId, buildingId })))
          .onConflictDoNothing()
          .returning({ contactId: contactBuildings.contactId }),
      );
    }
  }

  return new Set(written.filter((w) => changedContacts.has(w.id)).map((w) => w.index));
}
