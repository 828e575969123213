import { describe, expect, it, jest } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { WebhookDelivery, WebhookEndpoint } from '../api/webhooks';
import { WebhooksPage } from './webhooks-page';

const SECRET = 'whsec_Zr8kQ2vT5nW1xY4bC7dF0gH3jK6mP9sU2vX5zA8cE1g';
const E1 = '00000000-0000-4000-8000-00000000e001';
const D1 = '00000000-0000-4000-8000-00000000d001';

function makeEndpoint(overrides: Partial<WebhookEndpoint> = {}): WebhookEndpoint {
  return {
    id: E1,
    url: 'https://crm.example.com/hooks/portico',
    description: 'CRM sync',
    events: ['contact.enrolled'],
    secretPrefix: 'whsec_Zr8k',
    enabled: true,
    disabledAt: null,
    disabledReason: null,
    consecutiveFailures: 0,
    failingSince: null,
    createdAt: '2026-03-02T09:30:00.000Z',
    updatedAt: '2026-03-02T09:30:00.000Z',
    ...overrides,
  };
}

function makeDelivery(overrides: Partial<WebhookDelivery> = {}): WebhookDelivery {
  return {
    id: D1,
    endpointId: E1,
    eventType: 'contact.enrolled',
    eventId: '11111111-2222-4333-8444-555555555555',
    payload: { type: 'contact.enrolled' },
    status: 'failed',
    attempts: 10,
    lastResponseCode: 503,
    lastError: 'The receiver answered 503.',
    nextAttemptAt: null,
    deliveredAt: null,
    replayOf: null,
    createdAt: '2026-03-03T10:00:00.000Z',
    ...overrides,
  };
}

function setUp({
  endpoints = [] as WebhookEndpoint[],
  deliveries = [] as WebhookDelivery[],
  permissions = allPermissions as Permission[],
} = {}) {
  let list = endpoints;
  let allowPrivate = false;
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    'GET /api/v1/webhooks': () => json(200, { items: list }),
    'GET /api/v1/settings': () => json(200, { webhooksAllowPrivateTargets: allowPrivate }),
    'PATCH /api/v1/settings': async (request) => {
      allowPrivate = ((await request.json()) as { webhooksAllowPrivateTargets: boolean })
        .webhooksAllowPrivateTargets;
      return json(200, { webhooksAllowPrivateTargets: allowPrivate });
    },
    'POST /api/v1/webhooks': async (request) => {
      const body = (await request.json()) as { url: string; events: WebhookEndpoint['events'] };
      if (body.url.includes('localhost')) {
        return problem(400, 'Refused', [
          { field: 'url', message: 'The host localhost resolves to 127.0.0.1.' },
        ]);
      }
      const endpoint = makeEndpoint({ url: body.url, events: body.events });
      list = [...list, endpoint];
      return json(201, { endpoint, secret: SECRET });
    },
    [`GET /api/v1/webhooks/${E1}/deliveries`]: (_request, url) => {
      const status = url.searchParams.get('status');
      const items = status ? deliveries.filter((d) => d.status === status) : deliveries;
      return json(200, { items, nextCursor: null, total: items.length });
    },
    [`POST /api/v1/webhooks/${E1}/enable`]: () => {
      list = list.map((e) => ({ ...e, enabled: true, disabledAt: null, disabledReason: null }));
      return json(200, list[0]);
    },
    [`POST /api/v1/webhooks/${E1}/test`]: () =>
      json(202, makeDelivery({ eventType: 'webhook.test', status: 'pending' })),
    [`POST /api/v1/webhooks/${E1}/deliveries/${D1}/replay`]: () =>
      json(
        202,
        makeDelivery({ id: '00000000-0000-4000-8000-00000000d002', status: 'pending', replayOf: D1 }),
      ),
  });
  renderRoute(<WebhooksPage />, { path: '/integrations/webhooks', url: '/integrations/webhooks' });
  return calls;
}

describe('WebhooksPage', () => {
  it('explains webhooks when there are none', async () => {
    setUp();
    expect(await screen.findByRole('heading', { name: 'No webhook endpoints yet' })).toBeInTheDocument();
  });

  it('shows the no-permission state without integrations.manage', async () => {
    setUp({ permissions: ['contacts.write'] });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New endpoint' })).not.toBeInTheDocument();
  });

  it('creates an endpoint and shows its secret once, with a copy button', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const calls = setUp();

    await user.click(await screen.findByRole('button', { name: 'New endpoint' }));
    let form = within(screen.getByRole('dialog', { name: 'New webhook endpoint' }));
    await user.click(form.getByRole('button', { name: 'Create endpoint' }));
    expect(form.getByText('Enter the URL that receives the events.')).toBeInTheDocument();
    expect(form.getByText('Choose at least one event.')).toBeInTheDocument();

    // The API's refusal (the SSRF guard) is shown on the URL field.
    await user.type(form.getByLabelText(/^URL/), 'http://localhost:9000/x');
    await user.click(form.getByRole('checkbox', { name: /contact\.enrolled/ }));
    await user.click(form.getByRole('button', { name: 'Create endpoint' }));
    expect(await form.findByText('The host localhost resolves to 127.0.0.1.')).toBeInTheDocument();

    await user.clear(form.getByLabelText(/^URL/));
    await user.type(form.getByLabelText(/^URL/), 'https://crm.example.com/hooks');
    await user.click(form.getByRole('checkbox', { name: /proposal\.accepted/ }));
    await user.click(form.getByRole('button', { name: 'Create endpoint' }));

    const shown = within(await screen.findByRole('dialog', { name: 'Copy the signing secret' }));
    expect(shown.getByLabelText(/Signing secret/)).toHaveValue(SECRET);
    await user.click(shown.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(calls.filter((c) => c.method === 'POST').at(-1)?.body).toEqual({
      url: 'https://crm.example.com/hooks',
      description: '',
      events: ['contact.enrolled', 'proposal.accepted'],
    });

    await user.click(shown.getByRole('button', { name: 'I have copied it' }));
    expect(await screen.findByRole('rowheader', { name: /crm\.example\.com\/hooks/ })).toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SECRET);
    form = within(screen.queryByRole('dialog') ?? document.body);
    expect(form.queryByLabelText(/Signing secret/)).not.toBeInTheDocument();
  });

  it('shows a disabled endpoint with its reason and enables it again', async () => {
    const user = userEvent.setup();
    const calls = setUp({
      endpoints: [
        makeEndpoint({
          enabled: false,
          disabledAt: '2026-03-04T08:00:00.000Z',
          disabledReason:
            'Disabled after 5 deliveries in a row failed every attempt (last: The receiver answered 503.).',
          consecutiveFailures: 5,
        }),
      ],
    });
    expect(await screen.findByText(/One endpoint is disabled/)).toBeInTheDocument();
    expect(await screen.findByText(/Disabled after 5 deliveries in a row failed/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send test event' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Enable again' }));
    await waitFor(() => expect(screen.queryByText(/This endpoint is disabled/)).not.toBeInTheDocument());
    expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/enable'))).toBe(true);
  });

  it('lists deliveries with their answers, filters by status, sends a test and replays', async () => {
    const user = userEvent.setup();
    const calls = setUp({
      endpoints: [makeEndpoint()],
      deliveries: [
        makeDelivery(),
        makeDelivery({
          id: '00000000-0000-4000-8000-00000000d003',
          status: 'succeeded',
          attempts: 1,
          lastResponseCode: 200,
          lastError: null,
          deliveredAt: '2026-03-03T09:00:01.000Z',
          createdAt: '2026-03-03T09:00:00.000Z',
        }),
      ],
    });
    expect(await screen.findByText('HTTP 503')).toBeInTheDocument();
    expect(screen.getByText('HTTP 200')).toBeInTheDocument();
    expect(screen.getByText('The receiver answered 503.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Status'), 'failed');
    await waitFor(() => expect(screen.queryByText('HTTP 200')).not.toBeInTheDocument());
    expect(calls.some((c) => c.url.searchParams.get('status') === 'failed')).toBe(true);

    await user.click(screen.getByRole('button', { name: /^Replay contact\.enrolled delivery/ }));
    expect(await screen.findByText(/Replay queued/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Send test event' }));
    expect(await screen.findByText(/Test event queued/)).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      `/api/v1/webhooks/${E1}/deliveries/${D1}/replay`,
      `/api/v1/webhooks/${E1}/test`,
    ]);
  });

  it('turns private network targets on with settings.manage', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    const box = await screen.findByRole('checkbox', { name: /Allow endpoints on private networks/ });
    expect(box).not.toBeChecked();
    await user.click(box);
    await waitFor(() => expect(box).toBeChecked());
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ webhooksAllowPrivateTargets: true });
  });

  it('shows the private-targets switch read-only without settings.manage', async () => {
    setUp({ permissions: ['integrations.manage'] });
    const box = await screen.findByRole('checkbox', { name: /Allow endpoints on private networks/ });
    expect(box).toBeDisabled();
  });

  it('shows an error state with a retry when the list fails', async () => {
    serve({
      'GET /api/v1/me': () => json(200, makeMe(allPermissions)),
      'GET /api/v1/webhooks': () => problem(500, 'Down for maintenance'),
    });
    renderRoute(<WebhooksPage />, { path: '/integrations/webhooks', url: '/integrations/webhooks' });
    expect(
      await screen.findByRole('heading', { name: 'Could not load webhook endpoints' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
