import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeContact, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { ContactPage } from './contact-page';
import { ContactsPage } from './contacts-page';

const pdf = (skipped: unknown[] = [], printed = 1, filename = 'invitation-letter-noor-2026-01-05.pdf') =>
  new Response(new Blob(['%PDF-1.3'], { type: 'application/pdf' }), {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${filename}"`,
      'x-letters-printed': String(printed),
      'x-letters-skipped': JSON.stringify(skipped),
    },
  });

// Saved files, as the browser would name them.
let saved: string[] = [];
const originals = { createObjectURL: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
beforeEach(() => {
  saved = [];
  URL.createObjectURL = () => 'blob:test';
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    saved.push(this.download);
  };
});
afterEach(() => {
  URL.createObjectURL = originals.createObjectURL;
  HTMLAnchorElement.prototype.click = originals.click;
});

describe('ContactPage: invitation letter', () => {
  const noEmail = makeContact({ firstName: 'Noor', lastName: 'Haddad', email: null });

  function setUp(print: () => Response = () => pdf()) {
    return serve({
      'GET /api/v1/me': () => json(200, makeMe(allPermissions)),
      [`GET /api/v1/contacts/${noEmail.id}`]: () => json(200, noEmail),
      [`GET /api/v1/contacts/${noEmail.id}/portal-history`]: () => json(200, []),
      [`POST /api/v1/contacts/${noEmail.id}/invitation-letter`]: print,
    });
  }
  const portal = async () => within(await screen.findByRole('region', { name: 'Customer portal' }));

  it('makes the letter the main action without an email, and downloads it', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderRoute(<ContactPage />, { path: '/contacts/:contactId', url: `/contacts/${noEmail.id}` });

    const section = await portal();
    expect(section.getByRole('button', { name: 'Invite to customer portal' })).toBeDisabled();
    const print = section.getByRole('button', { name: 'Print invitation letter' });
    expect(print).toHaveClass('button--primary');
    expect(section.getByText(/No email address: print them a letter/)).toBeInTheDocument();

    print.focus();
    await user.keyboard('{Enter}');
    expect(await section.findByText(/Letter downloaded/)).toBeInTheDocument();
    expect(saved).toEqual(['invitation-letter-noor-2026-01-05.pdf']);
    expect(calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([
      `/api/v1/contacts/${noEmail.id}/invitation-letter`,
    ]);
  });

  it('shows the refusal in words and saves nothing', async () => {
    const user = userEvent.setup();
    setUp(() => problem(409, 'This contact is already enrolled in the portal.'));
    renderRoute(<ContactPage />, { path: '/contacts/:contactId', url: `/contacts/${noEmail.id}` });

    const section = await portal();
    await user.click(section.getByRole('button', { name: 'Print invitation letter' }));
    expect(await section.findByRole('alert')).toHaveTextContent(
      'This contact is already enrolled in the portal.',
    );
    expect(saved).toEqual([]);
  });

  it('keeps email first for a contact with an email', async () => {
    const withEmail = makeContact({ firstName: 'Ada', lastName: 'Lovelace' });
    serve({
      'GET /api/v1/me': () => json(200, makeMe(allPermissions)),
      [`GET /api/v1/contacts/${withEmail.id}`]: () => json(200, withEmail),
      [`GET /api/v1/contacts/${withEmail.id}/portal-history`]: () => json(200, []),
    });
    renderRoute(<ContactPage />, { path: '/contacts/:contactId', url: `/contacts/${withEmail.id}` });
    const section = await portal();
    expect(section.getByRole('button', { name: 'Invite to customer portal' })).toBeEnabled();
    expect(section.getByRole('button', { name: 'Print invitation letter' })).toHaveClass('button--secondary');
  });
});

describe('ContactsPage: print letters for the selection', () => {
  const ada = makeContact({ firstName: 'Ada', lastName: 'Lovelace' });
  const grace = makeContact({ firstName: 'Grace', lastName: 'Hopper', portalStatus: 'enrolled' });

  function setUp() {
    return serve({
      'GET /api/v1/me': () => json(200, makeMe(allPermissions)),
      'GET /api/v1/contacts': () => json(200, { items: [ada, grace], nextCursor: 'next', total: 5 }),
      'POST /api/v1/invitation-letters': () =>
        pdf([{ contactId: grace.id, reason: 'enrolled' }], 1, 'invitation-letters-1-2026-01-05.pdf'),
    });
  }

  it('downloads one PDF for the chosen rows and says who was skipped', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderRoute(<ContactsPage />, { path: '/contacts', url: '/contacts' });

    await user.click(await screen.findByRole('checkbox', { name: 'Select Ada Lovelace' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Grace Hopper' }));
    await user.click(screen.getByRole('button', { name: 'Print letters' }));

    expect(await screen.findByText('Printed 1 letter. Skipped 1: 1 already enrolled.')).toBeInTheDocument();
    expect(saved).toEqual(['invitation-letters-1-2026-01-05.pdf']);
    expect(calls.find((c) => c.path === '/api/v1/invitation-letters')?.body).toEqual({
      contactIds: [ada.id, grace.id],
    });
    // The selection is done with, as after an invite.
    await waitFor(() =>
      expect(screen.getByText('Select contacts to invite them to the portal.')).toBeInTheDocument(),
    );
  });

  it('asks for chosen rows rather than "all matching"', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderRoute(<ContactsPage />, { path: '/contacts', url: '/contacts' });

    await user.click(await screen.findByRole('checkbox', { name: 'Select all loaded contacts' }));
    await user.click(screen.getByRole('button', { name: 'Select all 5 matching' }));
    expect(screen.getByRole('button', { name: 'Print letters' })).toBeDisabled();
    expect(screen.getByText('Choose up to 500 rows to print letters.')).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/v1/invitation-letters')).toBe(false);
  });
});
