import { describe, expect, it } from '@jest/globals';
import type { Permission } from '@portico/api-client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allPermissions, makeMe } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderRoute } from '../../../test/render';
import type { HelpArticle } from '../api/help-articles';
import { HelpArticlePage } from './help-article-page';
import { HelpArticlesPage } from './help-articles-page';

let sequence = 0;
function makeArticle(overrides: Partial<HelpArticle> = {}): HelpArticle {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    title: `Article ${sequence}`,
    slug: `article-${sequence}`,
    body: '',
    topic: null,
    position: sequence,
    published: false,
    publishedAt: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

function setUpList(initial: HelpArticle[], permissions = allPermissions as Permission[]) {
  let list = initial;
  const calls = serve({
    'GET /api/v1/me': () => json(200, makeMe(permissions)),
    'GET /api/v1/help-articles': () => json(200, { items: list }),
    ...Object.fromEntries(
      initial.flatMap((a) => [
        [
          `POST /api/v1/help-articles/${a.id}/move`,
          async (request: Request) => {
            const { direction } = (await request.json()) as { direction: 'up' | 'down' };
            const from = list.findIndex((x) => x.id === a.id);
            const to = direction === 'up' ? from - 1 : from + 1;
            const next = [...list];
            [next[from], next[to]] = [next[to] as HelpArticle, next[from] as HelpArticle];
            list = next;
            return json(200, { items: list });
          },
        ],
        [
          `POST /api/v1/help-articles/${a.id}/publish`,
          async (request: Request) => {
            const { published } = (await request.json()) as { published: boolean };
            list = list.map((x) => (x.id === a.id ? { ...x, published } : x));
            return json(200, { ...list.find((x) => x.id === a.id), html: '' });
          },
        ],
      ]),
    ),
  });
  renderRoute(<HelpArticlesPage />, { path: '/help-articles', url: '/help-articles' });
  return calls;
}

const titles = () =>
  within(screen.getByRole('list', { name: 'Help articles in portal order' }))
    .getAllByRole('link')
    .map((l) => l.textContent);

describe('HelpArticlesPage', () => {
  it('moves an article with the keyboard, keeping focus on it, and publishes one', async () => {
    const user = userEvent.setup();
    const first = makeArticle({ title: 'Signing in', topic: 'sign_in', published: true });
    const second = makeArticle({ title: 'Paying invoices', topic: 'invoices' });
    const calls = setUpList([first, second]);

    expect(await screen.findByRole('link', { name: 'Signing in' })).toBeInTheDocument();
    expect(titles()).toEqual(['Signing in', 'Paying invoices']);
    expect(screen.getByRole('button', { name: 'Move “Signing in” up' })).toBeDisabled();

    screen.getByRole('button', { name: 'Move “Paying invoices” up' }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(titles()).toEqual(['Paying invoices', 'Signing in']));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move “Paying invoices” down' })).toHaveFocus(),
    );
    expect(calls.find((c) => c.path.endsWith('/move'))?.body).toEqual({ direction: 'up' });

    await user.click(screen.getByRole('button', { name: 'Publish “Paying invoices”' }));
    expect(await screen.findByRole('button', { name: 'Unpublish “Paying invoices”' })).toBeInTheDocument();
    expect(calls.find((c) => c.path.endsWith('/publish'))?.body).toEqual({ published: true });
  });

  it('explains help articles when there are none, and needs settings.manage', async () => {
    setUpList([]);
    expect(await screen.findByRole('heading', { name: 'No help articles yet' })).toBeInTheDocument();
  });

  it('shows the no-permission state without settings.manage', async () => {
    setUpList([], ['contacts.write']);
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this' })).toBeInTheDocument();
  });
});

describe('HelpArticlePage (new)', () => {
  it('previews the Markdown with the server render in a sandboxed frame and shows field errors', async () => {
    const user = userEvent.setup();
    const calls = serve({
      'GET /api/v1/me': () => json(200, makeMe(allPermissions as Permission[])),
      'POST /api/v1/help-articles/preview': async (request) => {
        const { body } = (await request.json()) as { body: string };
        return json(200, { html: body ? `<h1>${body.replace(/^# /, '')}</h1>` : '' });
      },
      'POST /api/v1/help-articles': () =>
        problem(409, 'Another article already uses this slug.', [
          { field: 'slug', message: 'is already used' },
        ]),
    });
    renderRoute(<HelpArticlePage />, { path: '/help-articles/:id', url: '/help-articles/new' });

    await user.type(await screen.findByRole('textbox', { name: 'Title' }), 'Paying');
    await user.type(screen.getByRole('textbox', { name: /Address/ }), 'paying');
    await user.selectOptions(screen.getByRole('combobox', { name: /Topic/ }), 'invoices');
    await user.type(screen.getByRole('textbox', { name: 'Text (Markdown)' }), '# Steps');
    const frame = screen.getByTitle('The article as the portal shows it');
    expect(frame).toHaveAttribute('sandbox', '');
    await waitFor(() => expect(frame.getAttribute('srcdoc')).toContain('<h1>Steps</h1>'));

    await user.click(screen.getByRole('button', { name: 'Create article' }));
    expect(await screen.findByText('Is already used.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Address/ })).toHaveAccessibleDescription(/Is already used/);
    expect(calls.find((c) => c.method === 'POST' && c.path === '/api/v1/help-articles')?.body).toEqual({
      title: 'Paying',
      slug: 'paying',
      topic: 'invoices',
      body: '# Steps',
    });
  });
});
