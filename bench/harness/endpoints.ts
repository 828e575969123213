import {
  allowedKinds,
  batchScope,
  createInvitationBatch,
  getPortalAdoptionReport,
  getPortalDashboard,
  listContacts,
  listDocumentsAmong,
  listPortalDocuments,
  type OfficeContext,
  type PortalScope,
  previewBatch,
} from '@portico/core';
import type { Db } from '@portico/db';
import { sql } from 'drizzle-orm';

/** What one endpoint bench needs: the HTTP request, the core call behind it, its plan check, its target. */
export interface EndpointBench {
  key: string;
  name: string;
  audience: 'office' | 'portal';
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  core: (db: Db) => Promise<unknown>;
  /**
   * autocannon connections (10 when absent). A latency target is one user's wait: it is measured
   * at one connection (the document list is run again at 10 for its throughput, `-load` key); on
   * 2 cores, more connections on a CPU-bound statement measure queueing. The dashboard, with no
   * target, gets 4.
   */
  connections?: number;
  /** The endpoint's main statement (a regex over the captured SQL) and the indexes it should use. */
  explain: { pick: RegExp; expected: string[] };
  target: Target;
}

export interface Target {
  /** Latency bound on p99 (or p50 when `on` says so), in ms. */
  ms?: number;
  on?: 'p50' | 'p99';
  /** Bound on the ratio of the HTTP p50 to the same SQL run directly with pg. */
  ratio?: number;
  text: string;
}

/** The bulk invite filter: one division in three, so N accounts reach about N contacts. */
export const batchFilter = { division: 'North' };

export function endpointBenches(office: OfficeContext, portal: PortalScope): EndpointBench[] {
  return [
    {
      key: 'portal-documents',
      name: 'Portal document list (200 buildings, 20k docs)',
      audience: 'portal',
      method: 'GET',
      path: '/portal/v1/documents?limit=50',
      core: (db) => listPortalDocuments(db, portal, {}, { limit: 50 }),
      connections: 1,
      explain: { pick: /from "documents"/i, expected: ['documents_building_list_idx'] },
      target: { ms: 25, on: 'p99', text: 'p99 < 25 ms' },
    },
    {
      key: 'portal-documents-load',
      name: 'Portal document list, 10 connections (throughput)',
      audience: 'portal',
      method: 'GET',
      path: '/portal/v1/documents?limit=50',
      core: (db) => listPortalDocuments(db, portal, {}, { limit: 50 }),
      explain: { pick: /from "documents"/i, expected: ['documents_building_list_idx'] },
      target: { text: 'none set' },
    },
    {
      key: 'portal-dashboard',
      name: 'Portal dashboard (200 buildings)',
      audience: 'portal',
      method: 'GET',
      path: '/portal/v1/dashboard',
      core: (db) => getPortalDashboard(db, portal, {}),
      connections: 4,
      explain: {
        // The monthly charts (a generate_series of months joined to the records) cost the most.
        pick: /with months/i,
        expected: [
          'defects_building_idx',
          'tasks_building_idx',
          'documents_building_list_idx',
          'quotes_building_idx',
        ],
      },
      target: { text: 'none set' },
    },
    {
      key: 'office-contacts',
      name: 'Office contact list (status + email filters)',
      audience: 'office',
      method: 'GET',
      path: '/api/v1/contacts?portalStatus=invited&portalStatus=expired&hasEmail=true&limit=50',
      core: (db) =>
        listContacts(db, office, { portalStatus: ['invited', 'expired'], hasEmail: true }, { limit: 50 }),
      explain: { pick: /order by/i, expected: ['contacts_org_name_idx', 'contacts_org_suspended_idx'] },
      target: { text: 'none set' },
    },
    {
      key: 'adoption-report',
      name: 'Adoption report (all active customers)',
      audience: 'office',
      method: 'GET',
      path: '/api/v1/reports/portal-adoption?limit=50',
      core: (db) => getPortalAdoptionReport(db, office, {}, { table: 'customers', limit: 50 }),
      connections: 1,
      // A whole-organization aggregate: hash joins over sequential scans are the right plan; the
      // page of customers should come off the name index's order only once aggregated, so the
      // check names the link indexes a nested loop would need and reports what the plan chose.
      explain: {
        pick: /email_counts/i,
        expected: ['accounts_org_name_idx', 'account_contact_pairs_account_id_contact_id_pk'],
      },
      target: { ms: 300, on: 'p50', ratio: 2, text: 'p50 < 300 ms, < 2x SQL' },
    },
    {
      key: 'batch-preview',
      name: 'Bulk invite preview (one division)',
      audience: 'office',
      method: 'POST',
      path: '/api/v1/invitation-batches/preview',
      body: { filter: batchFilter },
      core: (db) => previewBatch(db, office, batchFilter),
      connections: 1,
      explain: {
        pick: /count\(\*\)/i,
        expected: [
          'accounts_org_division_idx',
          'contact_accounts_account_idx',
          'contact_accounts_contact_id_account_id_pk',
        ],
      },
      target: { ms: 500, on: 'p50', text: 'p50 < 500 ms' },
    },
  ];
}

/** Batch creation is a write: timed per request, not under autocannon. */
export const batchCreation = {
  key: 'batch-create',
  name: 'Bulk invite batch creation (one division)',
  path: '/api/v1/invitation-batches',
  body: { filter: batchFilter },
  core: (db: Db, office: OfficeContext) =>
    db.transaction((tx) =>
      createInvitationBatch(tx, office, [batchScope(batchFilter, office.orgId)], { filter: batchFilter }, {}),
    ),
  explain: {
    pick: /create temporary table batch_contacts/i,
    expected: [
      'accounts_org_division_idx',
      'contact_accounts_account_idx',
      'contact_accounts_contact_id_account_id_pk',
    ],
  },
  target: { ms: 8000, on: 'p50' as const, text: '< 8 s per 100k contacts' },
};

/**
 * The access layer's cost (issue #6): the document list as the portal runs it (the rule resolved
 * to the contact's ids, then the page gated by the rule) against the same listing given the
 * contact's building and account ids written in by hand, with no rule at all.
 */
export async function accessRuleCalls(
  db: Db,
  portal: PortalScope,
): Promise<{ ruled: () => Promise<unknown>; bare: () => Promise<unknown> }> {
  const by = portal.contact.id;
  const buildingRows = await db.execute<{ id: string }>(
    sql`select b.id from buildings b join contact_accounts ca on ca.account_id = b.account_id
         where ca.contact_id = ${by}`,
  );
  const accountRows = await db.execute<{ id: string }>(
    sql`select account_id as id from contact_accounts where contact_id = ${by}`,
  );
  const literal = {
    buildingIds: buildingRows.rows.map((r) => r.id),
    accountIds: accountRows.rows.map((r) => r.id),
  };
  const kinds = allowedKinds(portal.contact.access);
  return {
    ruled: () => listPortalDocuments(db, portal, {}, { limit: 50 }),
    bare: () => listDocumentsAmong(db, literal, kinds, {}, { limit: 50 }),
  };
}
