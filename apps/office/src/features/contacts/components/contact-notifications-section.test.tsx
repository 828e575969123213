import { describe, expect, it } from '@jest/globals';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeContact, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import { ContactPage } from './contact-page';

const contact = makeContact({ firstName: 'Ada', lastName: 'Lovelace', portalStatus: 'enrolled' });
const preferences = {
  preferences: [
    {
      category: 'new_documents',
      choice: 'daily',
      updatedAt: '2026-11-02T09:00:00.000Z',
      updatedBy: 'contact',
      choices: ['immediately', 'daily', 'off'],
    },
    {
      category: 'invoices_due',
      choice: 'off',
      updatedAt: '2026-11-03T09:00:00.000Z',
      updatedBy: 'unsubscribe_link',
      choices: ['immediately', 'daily', 'off'],
    },
    {
      category: 'proposals',
      choice: 'immediately',
      updatedAt: null,
      updatedBy: null,
      choices: ['immediately', 'daily', 'off'],
    },
  ],
};

function setUp(answer: () => Response) {
  return serve({
    'GET /api/v1/me': () => json(200, makeMe(allPermissions)),
    [`GET /api/v1/contacts/${contact.id}`]: () => json(200, contact),
    [`GET /api/v1/contacts/${contact.id}/portal-history`]: () => json(200, []),
    [`GET /api/v1/contacts/${contact.id}/notification-preferences`]: answer,
  });
}

const renderPage = () =>
  renderRoute(<ContactPage />, { path: '/contacts/:contactId', url: `/contacts/${contact.id}` });

describe('ContactPage: email notifications', () => {
  it("shows the contact's choice per category and who made it, with nothing to edit", async () => {
    setUp(() => json(200, preferences));
    renderPage();
    const section = within(await screen.findByRole('region', { name: 'Email notifications' }));
    const value = async (term: string) => (await section.findByText(term)).nextElementSibling;
    expect(await value('New documents')).toHaveTextContent(/^Daily digestSet by the contact, Nov 2, 2026$/);
    expect(await value('Invoices due')).toHaveTextContent(/^OffUnsubscribed from an email, Nov 3, 2026$/);
    expect(await value('Proposals awaiting decision')).toHaveTextContent(/^ImmediatelyDefault$/);
    expect(section.queryByRole('radio')).not.toBeInTheDocument();
    expect(section.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers a retry when the choices cannot be loaded', async () => {
    const user = userEvent.setup();
    let fail = true;
    setUp(() => (fail ? problem(500, 'Down.') : json(200, preferences)));
    renderPage();
    const section = within(await screen.findByRole('region', { name: 'Email notifications' }));
    expect(await section.findByRole('alert')).toHaveTextContent('Could not load the notification settings.');
    fail = false;
    await user.click(section.getByRole('button', { name: 'Try again' }));
    expect(await section.findByText('Daily digest')).toBeInTheDocument();
  });
});
