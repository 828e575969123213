import { type DbOrTx, schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import { invoiceOverdue, invoiceUnpaid } from '../portal-content/derived';
import { noticeDeliveryCtes } from './document-notices';

const { documents, invoiceReminders } = schema;

/** "Due soon": the due date is today or within this many days. */
export const INVOICE_DUE_SOON_DAYS = 3;
/**
 * An overdue reminder only for invoices that fell due within this many days: the first sweep
 * after a deploy, or an imported history, must not mail customers about years-old invoices.
 */
export const INVOICE_OVERDUE_WINDOW_DAYS = 30;

/**
 * Published, unpaid invoices at a reminder stage, with that stage (over the unaliased `documents`).
 * Only invoices whose "new invoice" notice was claimed (`notified_at`): the reminder comes after
 * it, never in a race with it.
 */
function dueInvoices(where: SQL): SQL {
  return sql`
    select ${documents.id} as document_id, ${documents.orgId} as org_id,
      (case when ${invoiceOverdue()} then 'overdue' else 'due_soon' end)::invoice_reminder_stage as stage
    from ${documents}
    where ${where} and ${documents.kind} = 'invoice' and ${documents.published}
      and ${documents.notifiedAt} is not null and ${invoiceUnpaid()}
      and ${documents.dueOn} <= current_date + ${INVOICE_DUE_SOON_DAYS}::int
      and ${documents.dueOn} >= current_date - ${INVOICE_OVERDUE_WINDOW_DAYS}::int`;
}

export interface InvoiceReminderRun {
  /** Invoice stages reminded of by this run. */
  reminders: number;
  /** Immediate notices (one email each) written, with their send jobs. */
  notices: number;
}

/**
 * The daily reminder sweep (`sweep.invoice-reminders`): for each invoice reaching a stage
 * (`due_soon`, `overdue`) it was not reminded of yet, records the stage and puts the invoice
 * back into the notice pipeline of every contact who may see it, exactly as a newly published
 * one (noticeDeliveryCtes: same access rule, same `invoices_due` preference): `immediately` ->
 * one notice per contact listing its invoices, `daily` -> held for the digest, `off` -> nothing.
 * The send finds the stage in `invoice_reminders` and words the email as a reminder.
 *
 * One statement per organization; the claim is the insert into `invoice_reminders` (its key), so
 * a second sweep, or two side by side, remind each stage once.
 */
export async function createInvoiceReminders(db: DbOrTx): Promise<InvoiceReminderRun> {
  const orgs = await db.execute<{ org_id: string }>(sql`
    select distinct due.org_id from (${dueInvoices(sql`true`)}) due
    where not exists (select 1 from ${invoiceReminders} r
      where r.document_id = due.document_id and r.stage = due.stage)`);
  const run: InvoiceReminderRun = { reminders: 0, notices: 0 };
  for (const { org_id: orgId } of orgs.rows) {
    const result = await db.execute<{ reminders: number; notices: number }>(sql`
      with due as (${dueInvoices(sql`${documents.orgId} = ${orgId}`)}),
      reminded as (
        insert into ${invoiceReminders} (document_id, stage)
        select document_id, stage from due
        on conflict do nothing
        returning document_id
      ),
      claimed as (
        select d.id, d.kind, d.account_id, d.building_id
        from ${documents} d join reminded r on r.document_id = d.id
      ),
      ${noticeDeliveryCtes(orgId)}
      select (select count(*) from reminded)::int as reminders, (select count(*) from jobs)::int as notices
    `);
    const [row] = result.rows;
    run.reminders += row?.reminders ?? 0;
    run.notices += row?.notices ?? 0;
  }
  return run;
}
