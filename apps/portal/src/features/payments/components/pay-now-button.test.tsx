import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession } from '../../../test/api';
import { makeDocument } from '../../../test/content-factories';
import { makeMe, makeSession } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';

const invoice = makeDocument({
  kind: 'invoice',
  amount: 1200,
  amountPaid: 200,
  payable: true,
  hasFile: false,
});
const url = 'https://pay.example.com/?invoice=INV-1001&amount=1000.00&currency=USD';

/** A stand-in for the tab window.open gives back: records where it was sent, and closing. */
function fakeTab() {
  const tab = {
    opener: {} as unknown,
    location: { href: '' },
    closed: false,
    close: () => {
      tab.closed = true;
    },
  };
  const open = jest.spyOn(window, 'open').mockImplementation(() => tab as unknown as Window);
  return { tab, open };
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe('Pay now', () => {
  it('asks the API for the payment page and opens it in a new tab without an opener', async () => {
    const user = userEvent.setup();
    const { tab, open } = fakeTab();
    const calls = serve({
      [`GET /portal/v1/documents/${invoice.id}`]: () => json(200, invoice),
      [`POST /portal/v1/documents/${invoice.id}/pay`]: () => json(200, { url, source: 'template' }),
    });
    startSession(makeSession(makeMe()));
    renderApp(`/documents/${invoice.id}`);

    await user.click(await screen.findByRole('button', { name: 'Pay now ($1,000.00)' }));
    await screen.findByRole('button', { name: 'Pay now ($1,000.00)' });
    expect(open).toHaveBeenCalledWith('', '_blank');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      `/portal/v1/documents/${invoice.id}/pay`,
    ]);
    expect(tab.location.href).toBe(url);
    expect(tab.opener).toBeNull();
  });

  it('shows no button on an invoice that is paid or has nowhere to pay', async () => {
    const paid = { ...invoice, amountPaid: 1200, status: 'paid', payable: false };
    serve({ [`GET /portal/v1/documents/${invoice.id}`]: () => json(200, paid) });
    startSession(makeSession(makeMe()));
    renderApp(`/documents/${invoice.id}`);
    expect(await screen.findByText('Paid')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Pay now/ })).not.toBeInTheDocument();
  });

  it('closes the blank tab and says why when the API refuses', async () => {
    const user = userEvent.setup();
    const { tab } = fakeTab();
    serve({
      [`GET /portal/v1/documents/${invoice.id}`]: () => json(200, invoice),
      [`POST /portal/v1/documents/${invoice.id}/pay`]: () =>
        problem(422, 'This invoice has nothing to pay online.'),
    });
    startSession(makeSession(makeMe()));
    renderApp(`/documents/${invoice.id}`);
    await user.click(await screen.findByRole('button', { name: /Pay now/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The payment page could not be opened.');
    expect(tab.closed).toBe(true);
    expect(tab.location.href).toBe('');
  });
});
