import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession } from '../../../test/api';
import { makeDocument } from '../../../test/content-factories';
import { makeMe, makeSession } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';

const proposal = makeDocument({
  kind: 'proposal',
  title: 'Replace fire pump controller',
  number: 'P-204',
  amount: 4800,
  amountPaid: null,
  dueOn: null,
});

describe('deciding a proposal', () => {
  it('asks for the name, confirms, sends the decision and shows who decided and when', async () => {
    const user = userEvent.setup();
    let current = proposal;
    const calls = serve({
      [`GET /portal/v1/documents/${proposal.id}`]: () => json(200, current),
      [`POST /portal/v1/documents/${proposal.id}/decision`]: () => {
        current = {
          ...proposal,
          decision: {
            decision: 'accepted',
            name: 'Dana Lee',
            decidedAt: '2026-11-20T09:30:00.000Z',
            note: 'Go ahead.',
          },
        };
        return json(200, current);
      },
    });
    startSession(
      makeSession(
        makeMe({
          access: { inspectionReports: true, serviceReports: false, proposals: true, invoices: false },
        }),
      ),
    );
    renderApp(`/documents/${proposal.id}`);

    const name = await screen.findByRole('textbox', { name: /Your name/ });
    expect(name).toHaveValue('Dana Lee');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Accept proposal' }));
    expect(screen.getByText('Enter the name of the person deciding.')).toBeInTheDocument();
    expect(name).toHaveFocus();

    await user.type(name, 'Dana Lee');
    await user.type(screen.getByRole('textbox', { name: /Note for the office/ }), 'Go ahead.');
    await user.click(screen.getByRole('button', { name: 'Accept proposal' }));
    const confirm = screen.getByRole('group', { name: /Accept “Replace fire pump controller”/ });
    expect(confirm).toHaveTextContent('as Dana Lee?');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.click(within(confirm).getByRole('button', { name: 'Yes, accept' }));
    const status = await screen.findByText(/by Dana Lee on/);
    expect(status.closest('[role="status"]')).toHaveTextContent('Accepted by Dana Lee on');
    expect(screen.getByText('Note: Go ahead.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept proposal' })).not.toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ decision: 'accepted', name: 'Dana Lee', note: 'Go ahead.' });
  });

  it('says so when someone else answered first, and can be cancelled before sending', async () => {
    const user = userEvent.setup();
    serve({
      [`GET /portal/v1/documents/${proposal.id}`]: () => json(200, proposal),
      [`POST /portal/v1/documents/${proposal.id}/decision`]: () =>
        problem(409, 'This proposal has already been decided.'),
    });
    startSession(
      makeSession(
        makeMe({
          access: { inspectionReports: false, serviceReports: false, proposals: true, invoices: false },
        }),
      ),
    );
    renderApp(`/documents/${proposal.id}`);

    await user.click(await screen.findByRole('button', { name: 'Decline proposal' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Decline proposal' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Decline proposal' }));
    await user.click(screen.getByRole('button', { name: 'Yes, decline' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone has already answered this proposal');
  });
});
