/** Template variables as `{{name}}`; unknown names render empty so a typo never leaks markup. */
const VARIABLE = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

export interface TemplateSource {
  subject: string;
  htmlBody: string;
  textBody: string;
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/**
 * Fills a template. Values are HTML-escaped in the HTML part (a contact named
 * `<script>` stays text), used as-is in the text part, and stripped of line breaks in the
 * subject so no value can inject a header.
 */
export function renderTemplate(template: TemplateSource, values: Record<string, string>): RenderedEmail {
  const fill = (text: string, encode: (v: string) => string) =>
    text.replace(VARIABLE, (_match, name: string) => encode(values[name] ?? ''));
  return {
    subject: fill(template.subject, (v) => v.replace(/[\r\n]+/g, ' ')),
    html: fill(template.htmlBody, escapeHtml),
    text: fill(template.textBody, (v) => v),
  };
}
