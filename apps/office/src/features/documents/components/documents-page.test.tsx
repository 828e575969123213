import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { OfficeDocument } from '../api/documents';
import { DocumentsPage } from './documents-page';

const CONTACT = '00000000-0000-4000-8000-0000000e0001';

function makeDocument(n: number, overrides: Partial<OfficeDocument> = {}): OfficeDocument {
  return {
    id: `00000000-0000-4000-8000-00000000d00${n}`,
    kind: 'proposal',
    number: `Q-10${n}`,
    title: `Sprinkler upgrade ${n}`,
    status: null,
    amount: 1250,
    amountPaid: null,
    currency: 'USD',
    issuedOn: '2026-02-10',
    dueOn: null,
    paidOn: null,
    published: true,
    publishedAt: '2026-02-10T09:00:00.000Z',
    accountId: '00000000-0000-4000-8000-00000000c001',
    accountName: 'Harbor Holdings',
    buildingId: '00000000-0000-4000-8000-00000000b001',
    buildingName: 'Harbor Tower',
    externalId: `ext-${n}`,
    hasFile: true,
    decision: null,
    ...overrides,
  };
}

const accepted = makeDocument(1, {
  decision: {
    decision: 'accepted',
    name: 'Ada L.',
    decidedAt: '2026-02-12T15:30:00.000Z',
    note: 'Please start after the holidays.',
    contactId: CONTACT,
    contactName: 'Ada Lovelace',
  },
});
const awaiting = makeDocument(2);
const invoice = makeDocument(3, {
  kind: 'invoice',
  title: 'February invoice',
  number: 'INV-7',
  buildingId: null,
  buildingName: null,
});

function setUp(url = '/documents') {
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe()),
    'GET /api/v1/documents': (_request, requestUrl) => {
      const decision = requestUrl.searchParams.get('decision');
      const items = decision === 'undecided' ? [awaiting] : [accepted, awaiting, invoice];
      return json(200, { items, nextCursor: null, total: items.length });
    },
    [`GET /api/v1/documents/${accepted.id}`]: () => json(200, accepted),
    [`GET /api/v1/documents/${accepted.id}/file`]: () =>
      new Response(new Blob(['%PDF-1.4 test']), {
        status: 200,
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="Q-101.pdf"; filename*=UTF-8''Q-101%20signed.pdf`,
        },
      }),
  });
  renderRoute(<DocumentsPage renderAudience={(document) => <p>Audience of {document.title}</p>} />, {
    path: '/documents',
    url,
  });
  return calls;
}

describe('DocumentsPage', () => {
  it('shows each proposal’s decision: who, when and their note', async () => {
    setUp();
    const row = within(
      (await screen.findByRole('rowheader', { name: /Sprinkler upgrade 1/ })).closest('tr') as HTMLElement,
    );
    expect(row.getByText('Accepted')).toBeInTheDocument();
    expect(row.getByText(/by Ada L\./)).toBeInTheDocument();
    expect(row.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', `/contacts/${CONTACT}`);
    expect(row.getByText('Please start after the holidays.')).toBeInTheDocument();

    const waiting = within(
      screen.getByRole('rowheader', { name: /Sprinkler upgrade 2/ }).closest('tr') as HTMLElement,
    );
    expect(waiting.getByText('Awaiting a decision')).toBeInTheDocument();
    const bill = within(
      screen.getByRole('rowheader', { name: /February invoice/ }).closest('tr') as HTMLElement,
    );
    expect(bill.getByText('Whole account')).toBeInTheDocument();
  });

  it('filters by decision through the API', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    await screen.findByRole('rowheader', { name: /Sprinkler upgrade 1/ });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Proposal decision' }), 'undecided');
    await waitFor(() =>
      expect(screen.queryByRole('rowheader', { name: /Sprinkler upgrade 1/ })).not.toBeInTheDocument(),
    );
    const last = calls.filter((c) => c.path === '/api/v1/documents').at(-1);
    expect(last?.url.searchParams.get('decision')).toBe('undecided');
    expect(screen.getByText('1 document')).toBeInTheDocument();
  });

  it('opens a document’s details with its decision and who can see it', async () => {
    const user = userEvent.setup();
    setUp();
    await user.click(await screen.findByRole('link', { name: 'Sprinkler upgrade 1' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Sprinkler upgrade 1' }));
    expect(await dialog.findByText('Q-101')).toBeInTheDocument();
    expect(dialog.getByRole('heading', { name: 'Customer’s decision' })).toBeInTheDocument();
    expect(dialog.getByText('Audience of Sprinkler upgrade 1')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Current location' })).toHaveTextContent(
      `document=${accepted.id}`,
    );

    await user.click(dialog.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('downloads the PDF with the session, under the name the API gives', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    const saved: { name: string; type: string }[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push({ name: '', type: blob.type });
      return 'blob:test';
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const last = saved.at(-1);
      if (last) last.name = this.download;
    };
    try {
      await user.click(await screen.findByRole('link', { name: 'Sprinkler upgrade 1' }));
      const dialog = within(await screen.findByRole('dialog', { name: 'Sprinkler upgrade 1' }));
      await user.click(await dialog.findByRole('button', { name: 'Download PDF' }));
      await waitFor(() => expect(saved).toEqual([{ name: 'Q-101 signed.pdf', type: 'application/pdf' }]));
      const call = calls.find((c) => c.path === `/api/v1/documents/${accepted.id}/file`);
      expect(call?.url.searchParams.get('disposition')).toBe('attachment');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
