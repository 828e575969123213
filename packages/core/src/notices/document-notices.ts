import { type DbOrTx, type DocumentKind, schema } from '@portico/db';
import { and, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { AccessAreas } from '../contacts/contact-view';
import type { JobMap, JobName } from '../jobs/job-map';
import { enqueueJobs } from '../jobs/outbox';
import { categoryOfKindSql, choiceOfKindSql } from '../notification-preferences/category-sql';
import { areaOfKind } from '../portal-content/visibility';

const {
  accounts,
  buildings,
  contactAccounts,
  contactBuildings,
  contacts,
  documentNotices,
  documents,
  notificationDigestItems,
  outbox,
  portalIdentities,
} = schema;

/**
 * How long a digest waits after the first publication it covers. Integrations push a round of
 * changes as several batches (or one PUT per document) over a few seconds: everything published
 * within that window goes into the same email instead of one email per batch.
 */
export const DOCUMENT_NOTICE_DEBOUNCE_MS = 60_000;

/**
 * A publication joins an already scheduled digest only while that digest is at least this far
 * from running; later ones schedule their own. The digest cannot see documents whose transaction
 * has not committed when it claims, so the margin is what guarantees that a transaction that
 * counted on it has committed (it commits right after this check) before it runs, even with
 * the worker's clock (which times the delayed job) some seconds off the database's.
 */
export const DOCUMENT_NOTICE_JOIN_MARGIN_MS = 20_000;

const notifyJob = 'documents.notify' satisfies JobName;

/**
 * Called by whatever publishes documents (ingest), inside its transaction, after at least one
 * document became published: schedules the organization's "new documents" digest, a delayed
 * `documents.notify` job, unless one that will still run after this transaction commits is
 * already waiting (so a burst of batches makes one digest, and one email per contact).
 *
 * Two transactions racing here may both schedule one: the digests then split the documents
 * between them (their claim is a conditional UPDATE), so the cost is a second email, never a
 * document mailed twice.
 */
export async function scheduleDocumentNotices(tx: DbOrTx, orgId: string): Promise<void> {
  const [pending] = await tx
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.orgId, orgId),
        eq(outbox.job, notifyJob),
        gt(
          outbox.runAt,
          sql`clock_timestamp() + ${`${DOCUMENT_NOTICE_JOIN_MARGIN_MS} milliseconds`}::interval`,
        ),
      ),
    )
    .limit(1);
  if (pending) return;
  // This process's clock sets the time; only the worker's clock being off the database's matters
  // (the join margin above), since the worker times the delayed job.
  const runAt = new Date(Date.now() + DOCUMENT_NOTICE_DEBOUNCE_MS);
  await enqueueJobs(tx, [{ orgId, job: notifyJob, payload: { orgId }, runAt }]);
}

/** The contact column of each access area, so the kind → area rule stays `areaOfKind`'s. */
const accessColumn: Record<keyof AccessAreas, string> = {
  inspectionReports: contacts.accessInspectionReports.name,
  serviceReports: contacts.accessServiceReports.name,
  proposals: contacts.accessProposals.name,
  invoices: contacts.accessInvoices.name,
};

/** `true` when contact `c` has the area of document kind `kind` (a SQL CASE over areaOfKind). */
function kindAllowed(kind: SQL): SQL {
  const branches = (Object.keys(areaOfKind) as DocumentKind[]).map(
    (k) => sql`when ${k}::document_kind then c.${sql.identifier(accessColumn[areaOfKind[k]])}`,
  );
  return sql`(case ${kind} ${sql.join(branches, sql` `)} else false end)`;
}

/**
 * The CTEs `scoped`, `grants` and `routed` of a notice statement, after a CTE `claimed` (id, kind,
 * account_id, building_id) of the organization's documents: `routed` is each (contact_id,
 * document_id, category, choice) for contacts who may see the document and can sign in to read
 * it (the rule described on createDocumentNotices). Shared with the invoice reminders, so both
 * reach exactly the same people.
 */
export function routedNoticeCtes(orgId: string): SQL {
  return sql`
    -- Each document with the account whose links open it: its building's account, or its own when
    -- it has no building (as in visibleBuildingIds / visibleAccountIds).
    scoped as (
      select d.id, d.kind, d.building_id, a.id as account_id, a.client_group_id
      from claimed d
      left join ${buildings} b on b.id = d.building_id and b.org_id = ${orgId}
      join ${accounts} a on a.org_id = ${orgId} and a.active
        and a.id = case when d.building_id is null then d.account_id else b.account_id end
    ),
    grants as (
      select ca.contact_id, s.id as document_id, s.kind
        from scoped s join ${contactAccounts} ca on ca.account_id = s.account_id
      union
      select cb.contact_id, s.id, s.kind
        from scoped s join ${contactBuildings} cb on cb.building_id = s.building_id
      union
      select c.id, s.id, s.kind
        from scoped s join ${contacts} c on c.org_id = ${orgId} and c.client_group_id = s.client_group_id
    ),
    -- Each (contact, document) routed by the contact's preference for the document's category.
    routed as (
      select g.contact_id, g.document_id, ${categoryOfKindSql(sql.raw('g.kind'))} as category,
        ${choiceOfKindSql(sql.raw('g.contact_id'), sql.raw('g.kind'))} as choice
      from grants g
      join ${contacts} c on c.id = g.contact_id
      where c.org_id = ${orgId} and c.invite_status = 'enrolled' and not c.suspended
        and nullif(trim(c.email), '') is not null
        and exists (select 1 from ${portalIdentities} pi where pi.contact_id = c.id)
        and ${kindAllowed(sql.raw('g.kind'))}
    )`;
}

export interface DocumentNoticeRun {
  /** Documents claimed by this run (published, not notified before). */
  documents: number;
  /** Notices (one email each) written, with their send jobs. */
  notices: number;
}

const sendJob = 'documentNotice.send' satisfies JobName;
const noticeIdField = 'noticeId' satisfies keyof JobMap['documentNotice.send'];

/**
 * `routedNoticeCtes` and what is written from it: one notice (and its send job) per contact for
 * the documents it wants `immediately`, the `daily` ones held for its digest, the `off` ones
 * dropped. The statement's own `claimed` CTE says which documents; shared with the invoice
 * reminders, so a reminder travels exactly as a new-document notice does.
 */
export function noticeDeliveryCtes(orgId: string): SQL {
  return sql`${routedNoticeCtes(orgId)},
    audience as (
      select contact_id, array_agg(document_id order by document_id) as document_ids
      from routed where choice = 'immediately'
      group by contact_id
    ),
    -- 'daily': held for the contact's digest (notification-preferences/digests.ts); 'off': dropped.
    -- Runs although nothing reads it: PostgreSQL always completes a data-modifying WITH.
    held as (
      insert into ${notificationDigestItems} (org_id, contact_id, document_id, category)
      select ${orgId}, contact_id, document_id, category from routed where choice = 'daily'
      on conflict do nothing
      returning id
    ),
    notices as (
      insert into ${documentNotices} (org_id, contact_id, document_ids)
      select ${orgId}, contact_id, document_ids from audience
      returning id
    ),
    jobs as (
      insert into ${outbox} (org_id, job, payload)
      select ${orgId}, ${sendJob}, jsonb_build_object(${noticeIdField}::text, id) from notices
      returning id
    )`;
}

/**
 * The digest (`documents.notify`): claims the organization's published documents nobody was told
 * about yet, and writes one notice per contact who may see at least one of them now, with its
 * `documentNotice.send` job, in one statement (so all of it commits or none of it does, and a
 * large organization costs one set-based query, not one per contact).
 *
 * The claim is `UPDATE … WHERE notified_at IS NULL`: two digests running at once block on the
 * same rows and the second skips what the first took, so no document is in two notices.
 *
 * Who may see a document is the access rule of portal-content/visibility (`documentVisible` in
 * the `all` view), set-based: a document on a building is open to contacts linked to the
 * building, to its account, or to the account's client group; an account-level document to
 * contacts linked to the account or its group; active accounts only; and only to contacts who
 * have the document's area. notice-audience.test.ts checks that both agree. On top of that, a
 * notice goes only to contacts who can sign in to read it: enrolled, not suspended, with an email.
 * Each document then follows the contact's preference for its category (categoryOfKind): only
 * `immediately` ones go into this notice; `daily` ones are held for the daily digest; `off` ones
 * are dropped (still claimed, so they are never mailed later).
 */
export async function createDocumentNotices(db: DbOrTx, orgId: string): Promise<DocumentNoticeRun> {
  const result = await db.execute<{ documents: number; notices: number }>(sql`
    with claimed as (
      update ${documents} set notified_at = now()
      where ${documents.orgId} = ${orgId} and ${documents.published} and ${documents.notifiedAt} is null
      returning ${documents.id}, ${documents.kind}, ${documents.accountId}, ${documents.buildingId}
    ),
    ${noticeDeliveryCtes(orgId)}
    select (select count(*) from claimed)::int as documents, (select count(*) from jobs)::int as notices
  `);
  const [row] = result.rows;
  return { documents: row?.documents ?? 0, notices: row?.notices ?? 0 };
}
