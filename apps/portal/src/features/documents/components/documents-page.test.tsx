import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession } from '../../../test/api';
import { makeDocument, page } from '../../../test/content-factories';
import { makeMe, makeSession } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';

describe('documents by area', () => {
  it('shows only the customer’s areas, flags overdue invoices and filters to them', async () => {
    const user = userEvent.setup();
    const overdue = makeDocument({ title: 'March service invoice', overdue: true, dueOn: '2026-04-01' });
    const paid = makeDocument({
      title: 'April service invoice',
      number: 'INV-1002',
      amountPaid: 1200,
      paidOn: '2026-05-02',
    });
    const calls = serve({
      'GET /portal/v1/buildings': () => json(200, page([])),
      'GET /portal/v1/documents': (_request, url) =>
        json(200, page(url.searchParams.get('overdue') === 'true' ? [overdue] : [overdue, paid])),
    });
    startSession(makeSession(makeMe()));
    renderApp('/documents?area=invoices');

    const tabs = await screen.findByRole('navigation', { name: 'Document areas' });
    // This customer has no proposals area: no tab for it.
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((t) => t.textContent),
    ).toEqual(['Inspection reports', 'Service reports', 'Invoices']);
    expect(within(tabs).getByRole('link', { name: 'Invoices' })).toHaveAttribute('aria-current', 'page');

    const overdueRow = (await screen.findByRole('link', { name: 'March service invoice' })).closest(
      'tr',
    ) as HTMLElement;
    expect(within(overdueRow).getByText('Overdue')).toBeInTheDocument();
    const paidRow = screen.getByRole('link', { name: 'April service invoice' }).closest('tr') as HTMLElement;
    expect(within(paidRow).queryByText('Overdue')).not.toBeInTheDocument();
    expect(within(paidRow).getByText('Paid')).toBeInTheDocument();
    expect(calls.find((c) => c.path === '/portal/v1/documents')?.headers.get('authorization')).toBe(
      'Bearer token-1',
    );

    await user.click(screen.getByRole('checkbox', { name: 'Only overdue' }));
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'April service invoice' })).not.toBeInTheDocument(),
    );
    const last = calls.filter((c) => c.path === '/portal/v1/documents').at(-1);
    expect(last).toBeDefined();
  });

  it('lands an email’s invoice link on the invoice, with its overdue flag', async () => {
    const invoice = makeDocument({
      title: 'March service invoice',
      overdue: true,
      amount: 500,
      amountPaid: 100,
    });
    serve({ [`GET /portal/v1/documents/${invoice.id}`]: () => json(200, invoice) });
    startSession(makeSession(makeMe()));
    const { router } = renderApp(`/invoices/${invoice.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'March service invoice' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/documents/${invoice.id}`);
    expect(screen.getByText(/This invoice is overdue/)).toHaveTextContent('$400.00');
    expect(screen.getByRole('button', { name: 'Download PDF' })).toBeInTheDocument();
  });
});
