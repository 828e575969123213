import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { ServiceRequest } from '../api/service-requests';
import { ServiceRequestPage } from './service-request-page';

const ID = '00000000-0000-4000-8000-0000000a0001';

function makeRequest(overrides: Partial<ServiceRequest> = {}): ServiceRequest {
  return {
    id: ID,
    number: 42,
    accountId: '00000000-0000-4000-8000-00000000c001',
    accountName: 'Harbor Holdings',
    buildingId: '00000000-0000-4000-8000-00000000b001',
    buildingName: 'Harbor Tower',
    requestedBy: {
      id: '00000000-0000-4000-8000-00000000e001',
      name: 'Ada Lovelace',
      email: 'ada@harbor.test',
    },
    description: 'Water on the third floor',
    urgency: 'high',
    status: 'received',
    declineReason: null,
    scheduledFor: null,
    photoCount: 0,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    history: [
      {
        id: '00000000-0000-4000-8000-0000000f0001',
        fromStatus: null,
        toStatus: 'received',
        note: null,
        scheduledFor: null,
        actor: { type: 'contact', name: 'Ada Lovelace' },
        createdAt: '2026-03-01T09:00:00.000Z',
      },
    ],
    photos: [],
    ...overrides,
  };
}

function setUp(patch: (body: { status: string; note?: string | null }) => Response) {
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe()),
    [`GET /api/v1/service-requests/${ID}`]: () => json(200, makeRequest()),
    [`PATCH /api/v1/service-requests/${ID}`]: async (request) => patch(await request.json()),
  });
  renderRoute(<ServiceRequestPage />, {
    path: '/service-requests/:requestId',
    url: `/service-requests/${ID}`,
  });
  return calls;
}

describe('ServiceRequestPage', () => {
  it('shows the request and its history, and declines with the reason the customer reads', async () => {
    const user = userEvent.setup();
    const calls = setUp((body) =>
      json(
        200,
        makeRequest({
          status: 'declined',
          declineReason: body.note ?? null,
          history: [
            ...makeRequest().history,
            {
              id: '00000000-0000-4000-8000-0000000f0002',
              fromStatus: 'received',
              toStatus: 'declined',
              note: body.note ?? null,
              scheduledFor: null,
              actor: { type: 'office_user', name: 'Test User' },
              createdAt: '2026-03-02T09:00:00.000Z',
            },
          ],
        }),
      ),
    );
    expect(await screen.findByRole('heading', { name: /Request #42/ })).toBeInTheDocument();
    expect(screen.getByText('Water on the third floor')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'History' })).getByText('Raised')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'New status' }), 'declined');
    const reason = screen.getByRole('textbox', { name: 'Reason (the customer reads it)' });
    expect(reason).toBeRequired();
    await user.type(reason, 'Outside the contract');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const history = within(await screen.findByRole('region', { name: 'History' }));
    expect(await history.findByText('Outside the contract')).toBeInTheDocument();
    const sent = calls.find((c) => c.method === 'PATCH');
    expect(sent?.body).toEqual({ status: 'declined', note: 'Outside the contract' });
    // Declined is final: the form now offers only to reopen.
    expect(await screen.findByRole('heading', { name: 'Reopen' })).toBeInTheDocument();
  });

  it("puts the server's refusal next to the field it names", async () => {
    const user = userEvent.setup();
    setUp(() =>
      problem(422, 'Declining a request needs a reason.', [
        { field: 'note', message: 'required to decline' },
      ]),
    );
    await screen.findByRole('heading', { name: /Request #42/ });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Required to decline.')).toBeInTheDocument();
  });
});
