import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { Settings } from '../api/settings';
import { SettingsPage } from './settings-page';

const settings: Settings = {
  name: 'Northwind',
  brandColor: '#1d4ed8',
  logoUrl: null,
  autoInviteNewContacts: false,
  inviteExpiryDays: 3,
  defaultEmailFrom: 'portal@northwind.example',
  remindersEnabled: true,
  reminderAfterDays: 2,
  reminderMaxCount: 1,
  portalPanels: {
    activityReport: true,
    spendTracking: true,
    defectAnalytics: true,
    routineActivities: true,
    serviceCalls: true,
  },
  webhooksAllowPrivateTargets: false,
  paymentLinkTemplate: null,
  updatedAt: '2026-01-05T10:00:00.000Z',
};

function setUp(permissions: Permission[] = allPermissions) {
  let current = settings;
  return serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    'GET /api/v1/settings': () => json(200, current),
    'PATCH /api/v1/settings': async (request) => {
      const body = (await request.json()) as Partial<Settings>;
      if (body.defaultEmailFrom === 'nope') {
        return json(400, {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'Invalid input.',
          errors: [{ field: 'defaultEmailFrom', message: 'must match format "email"' }],
        });
      }
      current = { ...current, ...body, portalPanels: { ...current.portalPanels, ...body.portalPanels } };
      return json(200, current);
    },
  });
}

const renderPage = () => renderRoute(<SettingsPage />, { path: '/settings', url: '/settings' });

describe('SettingsPage', () => {
  it('saves only what changed', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderPage();

    const expiry = await screen.findByRole('spinbutton', { name: 'Invitations expire after (days)' });
    await user.clear(expiry);
    await user.type(expiry, '7');
    await user.click(screen.getByRole('checkbox', { name: 'Spend tracking' }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Settings saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      inviteExpiryDays: 7,
      portalPanels: { spendTracking: false },
    });
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeDisabled();
  });

  it('puts the API’s field errors next to the field', async () => {
    const user = userEvent.setup();
    setUp();
    renderPage();

    const from = await screen.findByRole('textbox', { name: 'Default email from' });
    await user.clear(from);
    await user.type(from, 'nope');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(from).toHaveAccessibleDescription(/Must be a valid email address\./));
  });

  it('is read-only, with the reason, without settings.manage', async () => {
    setUp(['contacts.write']);
    renderPage();

    expect(await screen.findByText(/changing them needs the settings.manage permission/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Organization name' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });
});
