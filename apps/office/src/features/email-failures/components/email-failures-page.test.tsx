import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { EmailFailure } from '../api/email-failures';
import { EmailFailuresPage } from './email-failures-page';

function failure(overrides: Partial<EmailFailure>): EmailFailure {
  return {
    invitationId: '00000000-0000-4000-8000-0000000000a1',
    contactId: '00000000-0000-4000-8000-0000000000c1',
    contactName: 'Ada Lovelace',
    email: 'ada@harbor.example',
    reason: '550 5.1.1 User unknown',
    attempts: 5,
    batchId: null,
    failedAt: '2026-01-05T10:00:00.000Z',
    retryable: true,
    ...overrides,
  };
}

function setUp(items: EmailFailure[], permissions: Permission[] = allPermissions) {
  let remaining = items;
  return serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    'GET /api/v1/email-failures': () =>
      json(200, { items: remaining, nextCursor: null, total: remaining.length }),
    'POST /api/v1/email-failures/00000000-0000-4000-8000-0000000000a1/retry': () => {
      remaining = remaining.filter((f) => f.invitationId !== '00000000-0000-4000-8000-0000000000a1');
      return new Response(null, { status: 202 });
    },
  });
}

const renderPage = () =>
  renderRoute(<EmailFailuresPage />, { path: '/email-failures', url: '/email-failures' });

describe('EmailFailuresPage', () => {
  it('says so when nothing failed', async () => {
    setUp([]);
    renderPage();
    expect(await screen.findByRole('heading', { name: 'No failed emails' })).toBeInTheDocument();
  });

  it('retries one email, says it is queued again and refreshes the list', async () => {
    const user = userEvent.setup();
    const calls = setUp([failure({})]);
    renderPage();

    expect(await screen.findByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute(
      'href',
      '/contacts/00000000-0000-4000-8000-0000000000c1',
    );
    await user.click(screen.getByRole('button', { name: 'Retry email to Ada Lovelace' }));

    expect(await screen.findByText('The email to Ada Lovelace is queued again.')).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'No failed emails' })).toBeInTheDocument(),
    );
    expect(calls.filter((c) => c.path === '/api/v1/email-failures')).toHaveLength(2);
  });

  it('explains why a retry is not offered', async () => {
    setUp([failure({ retryable: false, contactName: 'Grace Hopper' })]);
    renderPage();

    const retry = await screen.findByRole('button', { name: 'Retry email to Grace Hopper' });
    await waitFor(() => expect(retry).toHaveAccessibleDescription(/accepted, revoked or expired/i));
    expect(retry).toBeDisabled();
  });

  it('needs invitations.send to retry', async () => {
    setUp([failure({})], ['contacts.write']);
    renderPage();

    const retry = await screen.findByRole('button', { name: 'Retry email to Ada Lovelace' });
    await waitFor(() =>
      expect(retry).toHaveAccessibleDescription('Retrying needs the invitations.send permission.'),
    );
    expect(retry).toBeDisabled();
  });
});
