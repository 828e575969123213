import { describe, expect, it } from '@jest/globals';
import { renderHelpMarkdown } from './render';

/**
 * Markdown an attacker (or a careless copy-paste) could put in an article. Each must come out
 * with nothing that runs: no script element, no event handler, no dangerous URL, no frame, no
 * style, no SVG.
 */
const corpus: Record<string, string> = {
  'script tag': '<script>alert(1)</script>',
  'script split over lines': '<scr\nipt>alert(1)</script>',
  'img onerror': '<img src=x onerror="alert(1)">',
  'img onerror, no quotes': '<IMG SRC=/ onerror=alert(1)>',
  'markdown link to javascript:': '[click](javascript:alert(1))',
  'javascript: with entity-encoded colon': '[click](javascript&#58;alert(1))',
  'javascript: with tab inside': '[click](java\tscript:alert(1))',
  'JavaScript: in capitals': '[click](JaVaScRiPt:alert(1))',
  'autolink javascript:': '<javascript:alert(1)>',
  'markdown image with javascript:': '![x](javascript:alert(1))',
  'data: link': '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  'data: image (SVG inside)': '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  'data: png image': '![x](data:image/png;base64,iVBORw0KGgo=)',
  'vbscript: link': '[x](vbscript:msgbox(1))',
  'svg onload': '<svg onload=alert(1)><circle r="1"/></svg>',
  iframe: '<iframe src="https://evil.example/"></iframe>',
  'iframe srcdoc': '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  'style attribute': '<p style="background:url(javascript:alert(1))">x</p>',
  'style element': '<style>body{display:none}</style>',
  'entity-encoded tag': '&lt;script&gt;alert(1)&lt;/script&gt;',
  'numeric entities in href': '<a href="&#106;avascript:alert(1)">x</a>',
  'link title breaking out': '[x](https://example.com "a\\" onmouseover=\\"alert(1)")',
  'object/embed': '<object data="x.swf"></object><embed src="x.swf">',
  'form and input': '<form action="https://evil.example"><input autofocus onfocus=alert(1)></form>',
  'meta refresh': '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  'protocol-relative link': '[x](//evil.example/path)',
  'html comment trick': '<!-- --><script>alert(1)</script><!-- -->',
  'markdown inside raw html': '<div onclick="alert(1)">**bold**</div>',
};

const SAFE_TAGS = new Set(
  'h1 h2 h3 h4 h5 h6 p br hr blockquote ul ol li strong em s code pre a img table thead tbody tr th td'.split(
    ' ',
  ),
);
const SAFE_ATTRIBUTES = new Set(['href', 'title', 'rel', 'target', 'src', 'alt', 'start', 'align']);

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * Reads the real markup of the output (text that merely looks like a tag is escaped, `&lt;…`,
 * and harmless) and checks every tag and attribute against what may run nothing: allowed tags
 * only, no event handler or style attribute, and links and images to http(s)/mailto only.
 */
function expectInert(html: string) {
  for (const tag of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)) {
    const [, name = '', rest = ''] = tag;
    expect(SAFE_TAGS.has(name.toLowerCase()) ? name : `forbidden <${name}>`).toBe(name);
    // Values are always double-quoted by the sanitizer, so this walks attribute by attribute.
    for (const attribute of rest.matchAll(/\s([^\s="/]+)(?:="([^"]*)")?/g)) {
      const [, attr = '', value = ''] = attribute;
      expect(SAFE_ATTRIBUTES.has(attr.toLowerCase()) ? attr : `forbidden ${attr}=`).toBe(attr);
      if (attr === 'href' || attr === 'src') expect(decode(value)).toMatch(/^(https?:\/\/|mailto:)/i);
    }
  }
  expect(html).not.toMatch(/<(script|iframe|svg|style|object|embed|form|input|meta)\b/i);
}

describe('renderHelpMarkdown: XSS corpus', () => {
  for (const [name, source] of Object.entries(corpus)) {
    it(`renders ${name} inert`, () => {
      expectInert(renderHelpMarkdown(source));
    });
  }

  it('has a checker that does flag live markup (so the cases above can fail)', () => {
    expect(() => expectInert('<a href="javascript:alert(1)">x</a>')).toThrow();
    expect(() => expectInert('<img src="https://example.com/a.png" onerror="alert(1)">')).toThrow();
    expect(() => expectInert('<p style="color:red">x</p>')).toThrow();
    expect(() => expectInert('<svg></svg>')).toThrow();
    expect(() => expectInert('<p title="a onclick=b">x</p>')).not.toThrow();
  });

  it('shows raw HTML as text rather than markup', () => {
    expect(renderHelpMarkdown('<script>alert(1)</script>')).toContain('&lt;script&gt;');
  });

  it('keeps nothing of a javascript: link but its text', () => {
    const html = renderHelpMarkdown('[click](javascript:alert(1))');
    expect(html).not.toContain('<a');
    expect(html).toContain('click');
  });
});

describe('renderHelpMarkdown: ordinary Markdown', () => {
  const source = [
    '# Paying an invoice',
    '',
    'Open **Invoices**, then pick one. See [our page](https://example.com/pay) or mail <help@example.com>.',
    '',
    '- first',
    '- second',
    '',
    '1. one',
    '2. two',
    '',
    '`inline code` and:',
    '',
    '```',
    'block <code>',
    '```',
    '',
    'Visit https://example.org too.',
  ].join('\n');
  const html = renderHelpMarkdown(source);

  it('renders headings, emphasis, lists and code', () => {
    expect(html).toContain('<h1>Paying an invoice</h1>');
    expect(html).toContain('<strong>Invoices</strong>');
    expect(html).toMatch(/<ul>\s*<li>first<\/li>\s*<li>second<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>one<\/li>/);
    expect(html).toContain('<code>inline code</code>');
    expect(html).toContain('<pre><code>block &lt;code&gt;\n</code></pre>');
  });

  it('renders links (markdown, mailto autolink, bare URL) opening safely in a new tab', () => {
    expect(html).toContain(
      '<a href="https://example.com/pay" target="_blank" rel="noopener noreferrer">our page</a>',
    );
    expect(html).toContain('<a href="mailto:help@example.com" target="_blank" rel="noopener noreferrer">');
    expect(html).toContain('<a href="https://example.org" target="_blank" rel="noopener noreferrer">');
  });

  it('keeps https images and drops http ones', () => {
    expect(renderHelpMarkdown('![logo](https://example.com/a.png)')).toContain(
      '<img src="https://example.com/a.png" alt="logo" />',
    );
    expect(renderHelpMarkdown('![logo](http://example.com/a.png)')).not.toContain('src=');
  });
});
