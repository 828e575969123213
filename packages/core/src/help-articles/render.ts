import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown to HTML, on the server, then through an allow-list. Two locks, not one: markdown-it
 * with `html: false` escapes any raw HTML the author typed, and sanitize-html keeps only the tags,
 * attributes and URL schemes listed here, so a bug or a future plugin in the renderer still cannot
 * let a script, an event handler, a style or a `javascript:` link through. See decision 014.
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'blockquote',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  's',
  'code',
  'pre',
  'a',
  'img',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SAFE_SCHEMES = ['http', 'https', 'mailto'];

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedSchemes: SAFE_SCHEMES,
  // Images only from https: an http image is mixed content, data: URLs can smuggle SVG.
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  // Relative URLs resolve against the portal itself, which is harmless; protocol-relative ones
  // ("//evil.example") leave it, so they are dropped.
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Every link opens in a new tab without handing the portal's window to the page it opens.
  transformTags: {
    a: (tagName, attribs) => ({
      tagName,
      attribs: {
        ...(attribs.href === undefined ? {} : { href: attribs.href }),
        ...(attribs.title === undefined ? {} : { title: attribs.title }),
        target: '_blank',
        rel: 'noopener noreferrer',
      },
    }),
  },
};

/** The sanitized HTML of an article's Markdown, safe to insert into the portal page as is. */
export function renderHelpMarkdown(source: string): string {
  return sanitizeHtml(markdown.render(source), sanitizeOptions);
}
