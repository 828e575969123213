import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PreviewSession } from '../../../lib/preview';
import { startPreview } from '../../../test/api';
import { makeDocument } from '../../../test/content-factories';
import { makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';

const code = 'previewCodeFromTheOffice_0001';

function makePreviewSession(
  contactStatus: PreviewSession['preview']['contactStatus'] = 'enrolled',
  me = makeMe(),
): PreviewSession {
  return {
    accessToken: 'preview-token',
    tokenType: 'Bearer',
    expiresIn: 1800,
    me,
    preview: {
      id: '00000000-0000-4000-8000-0000000000f1',
      officeUserName: 'Olive Office',
      contactStatus,
      expiresAt: '2026-03-01T10:30:00.000Z',
    },
  };
}

let close: jest.SpiedFunction<typeof window.close>;
beforeEach(() => {
  close = jest.spyOn(window, 'close').mockImplementation(() => undefined);
});
afterEach(() => close.mockRestore());

/** The portal's own data screens, answered empty: the preview is about the frame around them. */
const emptyPortal = {
  'GET /portal/v1/dashboard': () =>
    json(500, { type: 'about:blank', title: 'x', status: 500, detail: 'not in this test' }),
};

describe('View as customer (portal)', () => {
  it('trades the code once, shows the portal with a read-only banner, and ends the preview', async () => {
    const user = userEvent.setup();
    const calls = serve({
      ...emptyPortal,
      'POST /portal/v1/auth/preview': () => json(200, makePreviewSession()),
      'DELETE /portal/v1/preview': () => new Response(null, { status: 204 }),
    });
    const { router } = renderApp(`/preview#code=${code}`);

    const banner = await screen.findByRole('region', { name: 'Preview' });
    expect(banner).toHaveTextContent('You are viewing the portal as Dana Lee — read-only');
    expect(banner).toHaveTextContent('Nothing can be changed here');
    expect(router.state.location.pathname).toBe('/');
    expect(router.state.location.hash).toBe('');
    const opens = calls.filter((c) => c.path === '/portal/v1/auth/preview');
    expect(opens).toEqual([expect.objectContaining({ method: 'POST', body: { code } })]);
    // Requests carry the preview token; no refresh is ever tried.
    const dashboard = calls.find((c) => c.path === '/portal/v1/dashboard');
    expect(dashboard?.headers.get('authorization')).toBe('Bearer preview-token');

    // The ways out of a customer's own session are not offered: the banner ends the preview.
    expect(screen.queryByText('Sign out everywhere')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();

    await user.click(within(banner).getByRole('button', { name: 'End preview' }));
    expect(await screen.findByRole('heading', { name: 'The preview has ended' })).toBeInTheDocument();
    expect(calls.at(-1)).toMatchObject({ method: 'DELETE', path: '/portal/v1/preview' });
    expect(close).toHaveBeenCalled();
    expect(calls.some((c) => c.path === '/portal/v1/auth/refresh')).toBe(false);
  });

  it('says when the contact could not sign in themselves', async () => {
    serve({
      ...emptyPortal,
      'POST /portal/v1/auth/preview': () => json(200, makePreviewSession('not_invited')),
    });
    renderApp(`/preview#code=${code}`);
    const banner = await screen.findByRole('region', { name: 'Preview' });
    expect(banner).toHaveTextContent(
      'Dana Lee has not signed up yet: this is what they will see once they do.',
    );
  });

  it('ends on a 401 without refreshing into another session of the browser', async () => {
    const calls = serve({
      'POST /portal/v1/auth/preview': () => json(200, makePreviewSession()),
      'GET /portal/v1/dashboard': () =>
        problem(401, 'This preview has ended. Open a new one from the contact page of the office console.', {
          code: 'preview_ended',
        }),
      'POST /portal/v1/auth/refresh': () => json(200, { accessToken: 'someone-else' }),
    });
    renderApp(`/preview#code=${code}`);
    expect(await screen.findByRole('heading', { name: 'The preview has ended' })).toBeInTheDocument();
    expect(screen.getByText(/This preview has ended. Open a new one/)).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/portal/v1/auth/refresh')).toBe(false);
  });

  it.each([
    ['preview_used', 'This preview link has already been used.'],
    ['preview_expired', 'This preview link has expired: it works for one minute.'],
  ])('explains a %s code', async (problemCode, text) => {
    serve({ 'POST /portal/v1/auth/preview': () => problem(410, 'Gone', { code: problemCode }) });
    renderApp(`/preview#code=${code}`);
    expect(await screen.findByRole('heading', { name: 'The preview could not open' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(text);
  });

  it('sends nothing for a link without a code', async () => {
    const calls = serve({});
    renderApp('/preview');
    expect(await screen.findByRole('heading', { name: 'The preview could not open' })).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it("shows a proposal's decision buttons, turned off", async () => {
    const proposal = makeDocument({ kind: 'proposal', title: 'Replace fire pump controller' });
    const calls = serve({ [`GET /portal/v1/documents/${proposal.id}`]: () => json(200, proposal) });
    startPreview(
      makePreviewSession(
        'enrolled',
        makeMe({
          access: { inspectionReports: true, serviceReports: false, proposals: true, invoices: false },
        }),
      ),
    );
    renderApp(`/documents/${proposal.id}`);
    expect(await screen.findByRole('button', { name: 'Accept proposal' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Decline proposal' })).toBeDisabled();
    expect(screen.getByText(/turned off in the read-only preview/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Your name/ })).not.toBeInTheDocument();
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });
});
