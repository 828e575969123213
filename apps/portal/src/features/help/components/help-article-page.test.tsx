/**
 * @jest-environment-options {"runScripts": "dangerously"}
 */
import { describe, expect, it } from '@jest/globals';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { startSession } from '../../../test/api';
import { makeMe, makeSession } from '../../../test/factories';
import { json, problem, serve } from '../../../test/fake-server';
import { renderApp } from '../../../test/render';

// jsdom here runs scripts and inline handlers, like a browser: a payload that got through would fire.
const pwned = () => (window as unknown as { pwned?: number }).pwned;

/**
 * What a sanitizer gap on the API could let through. The portal must still run none of it.
 */
const hostileHtml = [
  '<h2>Paying an invoice</h2>',
  '<ul><li>Open <strong>Invoices</strong></li></ul>',
  '<p><a href="https://pay.example.com/" target="_blank" rel="noopener noreferrer">Payment page</a></p>',
  '<script>window.pwned = 1</script>',
  '<p id="clicky" onclick="window.pwned = 2">Click here</p>',
  '<img src="https://example.com/x.png" onerror="window.pwned = 3" onload="window.pwned = 3">',
  '<a href="javascript:window.pwned = 4">Bad link</a>',
  '<svg><script>window.pwned = 5</script></svg>',
  '<iframe srcdoc="<script>parent.pwned = 6</script>"></iframe>',
  '<p style="color: red">Styled</p>',
  '<form action="https://evil.example/"><input name="card"></form>',
].join('');

const article = (html: string) => ({
  id: '00000000-0000-4000-8000-0000000000f1',
  title: 'Paying an invoice',
  slug: 'paying-an-invoice',
  topic: 'invoices',
  updatedAt: '2026-11-01T10:00:00.000Z',
  html,
});

describe('the help article page', () => {
  it('is in an environment where an inline handler would run (so the test below can fail)', async () => {
    const user = userEvent.setup();
    const probe = document.createElement('div');
    probe.innerHTML = '<p onclick="window.pwned = 99">probe</p>';
    document.body.append(probe);
    await user.click(probe.querySelector('p') as HTMLElement);
    expect(pwned()).toBe(99);
    probe.remove();
    (window as unknown as { pwned?: number }).pwned = undefined;
  });

  it('shows the article and runs none of the script, handlers or dangerous URLs in its HTML', async () => {
    const user = userEvent.setup();
    serve({
      'GET /portal/v1/help-articles/paying-an-invoice': () => json(200, article(hostileHtml)),
    });
    startSession(makeSession(makeMe()));
    const { container } = renderApp('/help/paying-an-invoice');

    expect(await screen.findByRole('heading', { level: 1, name: 'Paying an invoice' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Paying an invoice' })).toBeInTheDocument();
    expect(screen.getByText('Invoices', { selector: '.prose strong' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Payment page' });
    expect(link).toHaveAttribute('href', 'https://pay.example.com/');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    await user.click(screen.getByText('Click here'));
    const bad = screen.getByText('Bad link');
    expect(bad).not.toHaveAttribute('href');
    await user.click(bad);
    const prose = container.querySelector('.prose') as HTMLElement;
    for (const img of prose.querySelectorAll('img')) img.dispatchEvent(new Event('error'));
    expect(pwned()).toBeUndefined();
    expect(prose.querySelector('script, iframe, svg, form, input, [style]')).toBeNull();
    expect(
      [...prose.querySelectorAll('*')]
        .flatMap((el) => el.getAttributeNames())
        .filter((n) => n.startsWith('on')),
    ).toEqual([]);
  });

  it('says when the article is not available', async () => {
    serve({ 'GET /portal/v1/help-articles/gone': () => problem(404, 'Help article not found.') });
    startSession(makeSession(makeMe()));
    renderApp('/help/gone');
    expect(await screen.findByText('This article is not available.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /All help articles/ })).toHaveAttribute('href', '/help');
  });
});

describe('the help page', () => {
  it('lists the articles, searches them, and says when nothing matches', async () => {
    const user = userEvent.setup();
    serve({
      'GET /portal/v1/help-articles': (_request, url) => {
        const q = url.searchParams.get('q');
        const all = [
          article(''),
          {
            ...article(''),
            id: '00000000-0000-4000-8000-0000000000f2',
            title: 'Signing in',
            slug: 'signing-in',
            topic: 'sign_in',
          },
        ];
        return json(200, { items: q === 'zzz' ? [] : q ? all.slice(1) : all });
      },
    });
    startSession(makeSession(makeMe()));
    renderApp('/help');

    const list = await screen.findByRole('list', { name: 'Help articles' });
    expect(list.querySelectorAll('a')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Signing in' })).toHaveAttribute('href', '/help/signing-in');
    expect(screen.getByRole('link', { name: 'Help', current: 'page' })).toHaveAttribute('href', '/help');

    await user.type(screen.getByRole('searchbox', { name: 'Search help articles' }), 'sign');
    expect(await screen.findByRole('list', { name: 'Articles matching “sign”' })).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Paying an invoice' })).not.toBeInTheDocument(),
    );

    await user.clear(screen.getByRole('searchbox', { name: 'Search help articles' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search help articles' }), 'zzz');
    expect(await screen.findByText('No article matches “zzz”.')).toBeInTheDocument();
  });
});

describe('help links in empty states', () => {
  it('links the article of the topic when one is published, and shows nothing when none is', async () => {
    serve({
      'GET /portal/v1/help-articles': (_request, url) =>
        json(200, {
          items:
            url.searchParams.get('topic') === 'documents'
              ? [{ ...article(''), title: 'Where are my documents?', slug: 'documents', topic: 'documents' }]
              : [],
        }),
    });
    const none = { inspectionReports: false, serviceReports: false, proposals: false, invoices: false };
    startSession(makeSession(makeMe({ access: none })));
    renderApp('/documents');
    const link = await screen.findByRole('link', { name: 'Help: Where are my documents?' });
    expect(link).toHaveAttribute('href', '/help/documents');
  });

  it('renders no link when the topic has no article', async () => {
    const calls = serve({ 'GET /portal/v1/help-articles': () => json(200, { items: [] }) });
    const none = { inspectionReports: false, serviceReports: false, proposals: false, invoices: false };
    startSession(makeSession(makeMe({ access: none })));
    renderApp('/documents');
    expect(await screen.findByText(/has not shared any documents/)).toBeInTheDocument();
    // Let the help request answer: the link must stay absent after it, not only before.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls.some((c) => c.path === '/portal/v1/help-articles')).toBe(true);
    expect(screen.queryByRole('link', { name: /^Help:/ })).not.toBeInTheDocument();
  });
});
