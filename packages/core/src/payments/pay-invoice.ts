import { type DbOrTx, schema } from '@portico/db';
import { and, eq } from 'drizzle-orm';
import { recordActivity } from '../activity/activity';
import { NotFoundError, RuleViolationError } from '../errors';
import { documentVisible, type PortalScope } from '../portal-content/visibility';
import { invoicePayable } from './payable';
import { fillPaymentLinkTemplate, isSafePaymentUrl } from './payment-links';

const { documents, organizations } = schema;

export interface InvoicePayment {
  url: string;
  /** Where the link came from: the invoice's own URL wins over the organization's template. */
  source: 'invoice' | 'template';
}

/**
 * "Pay now": the payment page of an invoice the contact may see (the access rule, invoices area:
 * anything else is a 404, like an id that does not exist), recorded as an activity event. The
 * portal then opens the URL; Portico never sees the payment itself, which comes back through the
 * integration API as the invoice's status and amount paid.
 */
export async function payPortalInvoice(db: DbOrTx, scope: PortalScope, id: string): Promise<InvoicePayment> {
  const [row] = await db
    .select({
      number: documents.number,
      amount: documents.amount,
      amountPaid: documents.amountPaid,
      currency: documents.currency,
      paymentUrl: documents.paymentUrl,
      template: organizations.paymentLinkTemplate,
      payable: invoicePayable(),
    })
    .from(documents)
    .innerJoin(organizations, eq(organizations.id, documents.orgId))
    .where(and(eq(documents.id, id), documentVisible(scope, ['invoice'])))
    .limit(1);
  if (!row) throw new NotFoundError('Invoice');
  if (!row.payable)
    throw new RuleViolationError('This invoice has nothing to pay online.', { code: 'not_payable' });
  const balance = Number(row.amount ?? 0) - Number(row.amountPaid ?? 0);
  const payment: InvoicePayment = row.paymentUrl
    ? { url: row.paymentUrl, source: 'invoice' }
    : {
        url: fillPaymentLinkTemplate(row.template ?? '', {
          number: row.number,
          balance,
          currency: row.currency,
        }),
        source: 'template',
      };
  // Both were validated when written; checked again because this URL is about to be opened.
  if (!isSafePaymentUrl(payment.url)) {
    throw new RuleViolationError('This invoice has nothing to pay online.', { code: 'not_payable' });
  }
  await recordActivity(db, {
    orgId: scope.contact.orgId,
    contactId: scope.contact.id,
    type: 'invoice_pay_clicked',
    detail: {
      documentId: id,
      number: row.number,
      amount: balance,
      currency: row.currency,
      source: payment.source,
    },
  });
  return payment;
}
