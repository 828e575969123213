import { describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession } from '../../../test/api';
import { makeBuilding, page } from '../../../test/content-factories';
import { makeMe, makeSession } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';
import type { PortalThread } from '../api/messages';

const T1 = '00000000-0000-4000-8000-0000000000a1';

function makeThread(overrides: Partial<PortalThread> = {}): PortalThread {
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
    contact: null,
    assignee: null,
    lastMessageAt: '2026-11-02T10:00:00.000Z',
    createdAt: '2026-11-02T09:00:00.000Z',
    unreadCount: 1,
    lastMessage: { authorKind: 'office', preview: 'A technician comes tomorrow.' },
    messages: [
      {
        id: '00000000-0000-4000-8000-0000000000f1',
        authorKind: 'contact',
        authorName: 'Dana Lee',
        mine: true,
        body: 'Water under the boiler.',
        createdAt: '2026-11-02T09:00:00.000Z',
        attachments: [],
      },
      {
        id: '00000000-0000-4000-8000-0000000000f2',
        authorKind: 'office',
        authorName: 'Sam Staff',
        mine: false,
        body: 'A technician comes tomorrow.',
        createdAt: '2026-11-02T10:00:00.000Z',
        attachments: [
          {
            id: '00000000-0000-4000-8000-0000000000b1',
            filename: 'visit.pdf',
            contentType: 'application/pdf',
            byteSize: 1200,
          },
        ],
      },
    ],
    ...overrides,
  };
}

describe('portal messages', () => {
  it('lists conversations with their new replies, opens one, marks it read and replies', async () => {
    const user = userEvent.setup();
    let thread = makeThread();
    const { messages: _m, ...summary } = thread;
    const calls = serve({
      'GET /portal/v1/message-threads': () =>
        json(200, page([{ ...summary, unreadCount: thread.unreadCount }])),
      [`GET /portal/v1/message-threads/${T1}`]: () => json(200, thread),
      [`POST /portal/v1/message-threads/${T1}/read`]: () => {
        thread = { ...thread, unreadCount: 0 };
        return json(200, { threads: 0, messages: 0 });
      },
      [`POST /portal/v1/message-threads/${T1}/messages`]: () => json(200, thread),
    });
    startSession(makeSession(makeMe()));
    renderApp('/messages');

    const card = (await screen.findByText('Leak in the plant room')).closest('li') as HTMLElement;
    expect(within(card).getByText('1 new')).toBeInTheDocument();
    expect(within(card).getByText(/Office: A technician comes tomorrow/)).toBeInTheDocument();

    await user.click(within(card).getByRole('link'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Leak in the plant room' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'visit.pdf' })).toBeInTheDocument();
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/read'))).toBe(true));

    await user.type(screen.getByLabelText('Your reply'), 'Thank you!');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() =>
      expect(calls.find((c) => c.path.endsWith('/messages') && c.method === 'POST')?.body).toEqual({
        body: 'Thank you!',
      }),
    );
  });

  it('says so when a conversation is not available to this contact', async () => {
    serve({ [`GET /portal/v1/message-threads/${T1}`]: () => problem(404, 'Thread not found.') });
    startSession(makeSession(makeMe()));
    renderApp(`/messages/${T1}`);
    expect(await screen.findByText('This conversation is not available')).toBeInTheDocument();
  });

  it('asks a question about a chosen property', async () => {
    const user = userEvent.setup();
    const building = makeBuilding({ name: 'Dockside Lofts' });
    const calls = serve({
      'GET /portal/v1/buildings': () => json(200, page([building])),
      'POST /portal/v1/message-threads': () => json(201, makeThread({ unreadCount: 0 })),
      [`GET /portal/v1/message-threads/${T1}`]: () => json(200, makeThread({ unreadCount: 0 })),
    });
    startSession(makeSession(makeMe()));
    renderApp('/messages/new');
    await user.selectOptions(await screen.findByLabelText('Property'), 'Dockside Lofts');
    await user.type(screen.getByLabelText('Subject'), 'Leak');
    await user.type(screen.getByLabelText('Your message'), 'Water under the boiler.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Leak in the plant room' }),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      subject: 'Leak',
      body: 'Water under the boiler.',
      about: { buildingId: building.id },
    });
  });
});
