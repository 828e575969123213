import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { Thread } from '../api/messages';
import { ThreadPage } from './thread-page';

const T1 = '00000000-0000-4000-8000-0000000000a1';
const U1 = '00000000-0000-4000-8000-0000000000b1';

function makeThread(overrides: Partial<Thread> = {}): Thread {
  return {
    id: T1,
    subject: 'Leak in the plant room',
    status: 'open',
    about: {
      kind: 'building',
      accountId: '00000000-0000-4000-8000-0000000000c1',
      accountName: 'Harbor Property Group',
      buildingId: '00000000-0000-4000-8000-0000000000d1',
      buildingName: 'Dockside Lofts',
      documentId: null,
      documentTitle: null,
    },
    startedBy: 'contact',
    contact: { id: '00000000-0000-4000-8000-0000000000e1', name: 'Dana Lee' },
    assignee: null,
    lastMessageAt: '2026-11-02T09:00:00.000Z',
    createdAt: '2026-11-02T09:00:00.000Z',
    unreadCount: 1,
    lastMessage: { authorKind: 'contact', preview: 'Water under the boiler.' },
    messages: [
      {
        id: '00000000-0000-4000-8000-0000000000f1',
        authorKind: 'contact',
        authorName: 'Dana Lee',
        mine: false,
        body: 'Water under the boiler.',
        createdAt: '2026-11-02T09:00:00.000Z',
        attachments: [],
      },
    ],
    ...overrides,
  };
}

function setUp(permissions: Permission[] = allPermissions as Permission[]) {
  let thread = makeThread();
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    [`GET /api/v1/message-threads/${T1}`]: () => json(200, thread),
    'GET /api/v1/message-threads/assignees': () => json(200, { items: [{ id: U1, name: 'Sam Staff' }] }),
    [`POST /api/v1/message-threads/${T1}/read`]: () => json(200, { threads: 0 }),
    [`POST /api/v1/message-threads/${T1}/messages`]: async (request) => {
      const { body } = (await request.json()) as { body: string };
      if (body.includes('fail')) return problem(422, 'An attachment was not found, or was already sent.');
      thread = makeThread({
        unreadCount: 0,
        messages: [
          ...thread.messages,
          {
            id: '00000000-0000-4000-8000-0000000000f2',
            authorKind: 'office',
            authorName: 'Sam Staff',
            mine: true,
            body,
            createdAt: '2026-11-02T10:00:00.000Z',
            attachments: [],
          },
        ],
      });
      return json(200, thread);
    },
    [`PATCH /api/v1/message-threads/${T1}`]: async (request) => {
      const changes = (await request.json()) as { status?: 'open' | 'closed'; assigneeId?: string | null };
      thread = makeThread({
        ...thread,
        ...(changes.status && { status: changes.status }),
        ...(changes.assigneeId !== undefined && {
          assignee: changes.assigneeId ? { id: changes.assigneeId, name: 'Sam Staff' } : null,
        }),
      });
      return json(200, thread);
    },
  });
  renderRoute(<ThreadPage />, { path: '/messages/:threadId', url: `/messages/${T1}` });
  return calls;
}

describe('ThreadPage', () => {
  it('marks the conversation read, sends a reply, assigns and closes it', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Leak in the plant room' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.path.endsWith('/read'))).toBe(true),
    );

    const send = screen.getByRole('button', { name: 'Send reply' });
    expect(send).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Reply' }), 'A technician comes tomorrow.');
    await user.click(send);
    expect(await screen.findByText('A technician comes tomorrow.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST' && c.path.endsWith('/messages'))?.body).toEqual({
      body: 'A technician comes tomorrow.',
    });
    expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('');

    await user.selectOptions(await screen.findByLabelText('Assigned to'), 'Sam Staff');
    await waitFor(() => expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({ assigneeId: U1 }));
    await user.click(screen.getByRole('button', { name: 'Close conversation' }));
    expect(await screen.findByRole('button', { name: 'Reopen conversation' })).toBeInTheDocument();
  });

  it("shows the API's refusal and keeps the text", async () => {
    const user = userEvent.setup();
    setUp();
    await user.type(await screen.findByRole('textbox', { name: 'Reply' }), 'This will fail');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('An attachment was not found');
    expect(screen.getByRole('textbox', { name: 'Reply' })).toHaveValue('This will fail');
  });

  it('lets a reader without contacts.write read but not reply', async () => {
    setUp(['reports.read']);
    expect(await screen.findByText('Water under the boiler.')).toBeInTheDocument();
    expect(await screen.findByText(/Replying needs the permission/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).not.toBeInTheDocument();
  });

  it('says so when the conversation does not exist', async () => {
    serve({
      'GET /api/v1/me': () => json(200, makeMe(allPermissions as Permission[])),
      [`GET /api/v1/message-threads/${T1}`]: () => problem(404, 'Thread not found.'),
    });
    renderRoute(<ThreadPage />, { path: '/messages/:threadId', url: `/messages/${T1}` });
    expect(
      await screen.findByRole('heading', { name: 'This conversation does not exist' }),
    ).toBeInTheDocument();
  });
});
