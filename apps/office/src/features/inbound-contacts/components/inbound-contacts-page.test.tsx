import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { InboundContact } from '../api/inbound-contacts';
import { InboundContactsPage } from './inbound-contacts-page';

const I1 = '00000000-0000-4000-8000-0000000000c1';

function makeEntry(overrides: Partial<InboundContact> = {}): InboundContact {
  return {
    id: I1,
    channel: 'call',
    occurredAt: '2026-03-03T12:00:00.000Z',
    count: 12,
    accountId: null,
    accountName: null,
    subject: null,
    source: 'integration',
    externalId: 'calls-2026-03-03',
    createdAt: '2026-03-03T12:00:00.000Z',
    ...overrides,
  };
}

function setUp(permissions = makeMe().permissions, initial: InboundContact[] = [makeEntry()]) {
  let rows = initial;
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    'GET /api/v1/inbound-contacts': () => json(200, { items: rows, nextCursor: null, total: rows.length }),
    'POST /api/v1/inbound-contacts': async (request) => {
      const body = (await request.json()) as { channel: 'email' | 'call'; count: number; occurredAt: string };
      if (body.count > 5) return problem(400, 'Not valid', [{ field: 'count', message: 'is too many' }]);
      const entry = makeEntry({ ...body, id: '00000000-0000-4000-8000-0000000000c2', source: 'manual' });
      rows = [entry, ...rows];
      return json(201, entry);
    },
    [`DELETE /api/v1/inbound-contacts/${I1}`]: () => {
      rows = rows.filter((r) => r.id !== I1);
      return new Response(null, { status: 204 });
    },
  });
  renderRoute(<InboundContactsPage />, { path: '/inbound-contacts', url: '/inbound-contacts' });
  return calls;
}

describe('InboundContactsPage', () => {
  it('lists entries and logs a new email, with the API’s field error shown beside its input first', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    const row = within((await screen.findByRole('rowheader')).closest('tr') as HTMLElement);
    expect(row.getByText('Call')).toBeInTheDocument();
    expect(row.getByText('12')).toBeInTheDocument();
    expect(row.getByText('Integration')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Log email or call' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Log an email or call' }));
    await user.click(dialog.getByRole('radio', { name: 'Email' }));
    const howMany = dialog.getByRole('spinbutton', { name: /How many/ });
    await user.clear(howMany);
    await user.type(howMany, '9');
    await user.click(dialog.getByRole('button', { name: 'Log it' }));
    expect(await dialog.findByText('Is too many.')).toBeInTheDocument();
    expect(howMany).toHaveAttribute('aria-invalid', 'true');

    await user.clear(howMany);
    await user.type(howMany, '2');
    await user.type(dialog.getByRole('textbox', { name: /About/ }), ' Invoice copy ');
    await user.click(dialog.getByRole('button', { name: 'Log it' }));
    expect(await screen.findByText('Logged 2 emails.')).toHaveAttribute('role', 'status');
    const posted = calls.filter((c) => c.method === 'POST').at(-1)?.body as Record<string, unknown>;
    expect(posted).toMatchObject({ channel: 'email', count: 2, accountId: null, subject: 'Invoice copy' });
    expect(String(posted.occurredAt)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(2));
  });

  it('checks the form before sending: a count of 0 is refused in place', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    await user.click(await screen.findByRole('button', { name: 'Log email or call' }));
    const dialog = within(await screen.findByRole('dialog'));
    const howMany = dialog.getByRole('spinbutton', { name: /How many/ });
    await user.clear(howMany);
    await user.type(howMany, '0');
    await user.click(dialog.getByRole('button', { name: 'Log it' }));
    expect(dialog.getByText('Enter a whole number from 1 to 1000.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('deletes an entry after confirming', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    await user.click(await screen.findByRole('button', { name: /^Delete the call of/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Delete this entry?' }));
    await user.click(dialog.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: 'Nothing logged yet' })).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('reads without logging or deleting when the role lacks contacts.write', async () => {
    setUp(['reports.read']);
    expect(await screen.findByRole('rowheader')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Log email or call' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });
});
