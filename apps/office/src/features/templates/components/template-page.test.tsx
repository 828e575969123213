import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { Template } from '../api/template-kinds';
import { TemplatePage } from './template-page';

const template: Template = {
  id: 't1',
  kind: 'invitation',
  name: 'Portal invitation',
  subject: 'Welcome',
  htmlBody: '<p>Hello {{contactFirstName}}</p>',
  textBody: 'Hello {{contactFirstName}}',
  isDefault: true,
  variables: ['contactFirstName', 'inviteUrl'],
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-05T10:00:00.000Z',
};

const problem = (status: number, detail: string, errors?: { field: string; message: string }[]) =>
  json(status, { type: 'about:blank', title: 'Problem', status, detail, ...(errors && { errors }) });

function setUp() {
  return serve({
    'GET /api/v1/me': () => json(200, makeMe(allPermissions)),
    'GET /api/v1/templates/t1': () => json(200, template),
    'POST /api/v1/templates/preview': async (request) => {
      const body = (await request.json()) as { subject: string; htmlBody: string; textBody: string };
      const fill = (s: string) => s.replaceAll('{{contactFirstName}}', 'Dana');
      return json(200, { subject: fill(body.subject), html: fill(body.htmlBody), text: fill(body.textBody) });
    },
    'PATCH /api/v1/templates/t1': () =>
      problem(400, 'Unknown template variable {{firstName}}.', [
        { field: 'subject', message: 'uses the unknown variable {{firstName}}' },
      ]),
    'DELETE /api/v1/templates/t1': () =>
      problem(409, 'This is the default invitation template, and each kind needs one.'),
  });
}

const renderPage = () =>
  renderRoute(<TemplatePage />, { path: '/templates/:templateId', url: '/templates/t1' });

describe('TemplatePage', () => {
  it('renders the live preview in a sandboxed frame', async () => {
    setUp();
    renderPage();

    const frame = await screen.findByTitle('HTML part of the email');
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toBe('<p>Hello Dana</p>');
  });

  it('inserts a variable at the cursor and shows the API’s field error on save', async () => {
    const user = userEvent.setup();
    const calls = setUp();
    renderPage();

    const subject = await screen.findByRole('textbox', { name: 'Subject' });
    await user.click(subject);
    (subject as HTMLInputElement).setSelectionRange(0, 0);
    await user.click(screen.getByRole('button', { name: 'contactFirstName insert into subject' }));
    expect(subject).toHaveValue('{{contactFirstName}}Welcome');

    // user-event reads `{{` as a literal `{`; typing starts at the end of the field.
    await user.type(subject, ' {{{{firstName}}');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(subject).toHaveAccessibleDescription('Uses the unknown variable {{firstName}}.'),
    );
    expect(calls.find((c) => c.method === 'PATCH')?.body).toEqual({
      subject: '{{contactFirstName}}Welcome {{firstName}}',
    });
  });

  it('shows why the default cannot be deleted', async () => {
    const user = userEvent.setup();
    setUp();
    renderPage();

    await user.click(await screen.findByRole('button', { name: 'Delete template' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('each kind needs one');
  });
});
