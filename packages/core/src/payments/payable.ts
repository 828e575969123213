import { schema } from '@portico/db';
import { type SQL, sql } from 'drizzle-orm';
import { invoiceUnpaid } from '../portal-content/derived';

const { documents, organizations } = schema;

/**
 * An invoice a customer can pay now: not fully paid (the same rule as the dashboard and the
 * reminders), not marked paid or void by the source system, and with somewhere to pay it (its own
 * URL or the organization's template). SQL over `documents`, so a list computes it per row.
 */
export function invoicePayable(): SQL<boolean> {
  return sql<boolean>`(${documents.kind} = 'invoice' and ${invoiceUnpaid()}
    and lower(coalesce(${documents.status}, '')) not in ('paid', 'void')
    and (${documents.paymentUrl} is not null or exists (select 1 from ${organizations} o
      where o.id = ${documents.orgId} and o.payment_link_template is not null)))`;
}
