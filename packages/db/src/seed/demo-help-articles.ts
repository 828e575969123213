import { eq } from 'drizzle-orm';
import type { Tx } from '../client';
import * as s from '../schema';

/** A few short published help articles, so the portal's Help page and empty states have something. */
const articles: { title: string; slug: string; topic: s.HelpTopic; body: string }[] = [
  {
    title: 'Finding your reports and invoices',
    slug: 'finding-documents',
    topic: 'documents',
    body: [
      'Everything we publish for your properties is under **Documents**, one tab per kind:',
      '',
      '- inspection and service reports,',
      '- proposals waiting for your decision,',
      '- invoices, with the overdue ones marked.',
      '',
      'Use the filters to narrow by property or by date. Missing something? Ask your account manager to open that area to you.',
    ].join('\n'),
  },
  {
    title: 'Paying an invoice online',
    slug: 'paying-invoices',
    topic: 'invoices',
    body: [
      '## Pay now',
      '',
      'Open an unpaid invoice and choose **Pay now**: our secure payment page opens in a new tab with the invoice number and amount already filled in.',
      '',
      'Payments can take a day to show here as paid. Questions about a charge? Write to [accounts@northwind.example](mailto:accounts@northwind.example).',
    ].join('\n'),
  },
  {
    title: 'Your properties on the map',
    slug: 'properties',
    topic: 'properties',
    body: 'The **Properties** page lists every site you can see, with a map. Choose one to see its open defects, reports and routine work. If a site is missing, tell us which account it belongs to.',
  },
  {
    title: 'Signing in without a password',
    slug: 'signing-in',
    topic: 'sign_in',
    body: [
      'On the sign-in page choose **Email me a sign-in link instead**. The link works once and for a short time.',
      '',
      '1. Enter your email.',
      '2. Open the email on the same device.',
      '3. Select the link.',
    ].join('\n'),
  },
];

export async function seedDemoHelpArticles(tx: Tx, { orgId }: { orgId: string }): Promise<void> {
  const now = new Date();
  await tx
    .insert(s.helpArticles)
    .values(articles.map((a, position) => ({ orgId, ...a, position, published: true, publishedAt: now })));
  // The demo contractor's payment page, so unpaid invoices show "Pay now".
  await tx
    .update(s.organizations)
    .set({
      paymentLinkTemplate:
        'https://pay.northwind.example/?invoice={number}&amount={amount}&currency={currency}',
    })
    .where(eq(s.organizations.id, orgId));
}
