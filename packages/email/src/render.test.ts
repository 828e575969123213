import { describe, expect, it } from '@jest/globals';
import { renderTemplate } from './render';

describe('renderTemplate', () => {
  const template = {
    subject: 'Hello {{ firstName }} from {{org}}',
    htmlBody: '<p>Hi {{firstName}}, <a href="{{url}}">open</a>{{unknown}}</p>',
    textBody: 'Hi {{firstName}}: {{url}}',
  };

  it('fills variables in every part', () => {
    const out = renderTemplate(template, { firstName: 'Dana', org: 'Acme', url: 'https://p.test/a?x=1&y=2' });
    expect(out.subject).toBe('Hello Dana from Acme');
    expect(out.html).toBe('<p>Hi Dana, <a href="https://p.test/a?x=1&amp;y=2">open</a></p>');
    expect(out.text).toBe('Hi Dana: https://p.test/a?x=1&y=2');
  });

  it('escapes HTML in values but not in the text part, and keeps subjects on one line', () => {
    const out = renderTemplate(template, {
      firstName: '<script>alert("x")</script>',
      org: 'A\r\nBcc: evil@x.test',
      url: '',
    });
    expect(out.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out.html).not.toContain('<script>');
    expect(out.text).toContain('<script>');
    expect(out.subject).not.toMatch(/[\r\n]/);
  });
});
