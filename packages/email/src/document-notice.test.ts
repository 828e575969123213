import { describe, expect, it } from '@jest/globals';
import { type DocumentNoticeItem, renderDocumentNotice } from './document-notice';

const item = (over: Partial<DocumentNoticeItem> = {}): DocumentNoticeItem => ({
  kind: 'inspection_report',
  title: 'Annual fire inspection',
  number: 'IR-1',
  buildingName: 'North Tower',
  url: 'https://p.test/documents/1',
  ...over,
});

describe('renderDocumentNotice', () => {
  it('names the one document in the subject and links straight to it', () => {
    const out = renderDocumentNotice({
      organizationName: 'Acme Fire',
      contactFirstName: 'Dana',
      documents: [item({ kind: 'invoice', title: 'Invoice for May' })],
      total: 1,
      url: 'https://p.test/documents/1',
    });
    expect(out.subject).toBe('New invoice from Acme Fire: Invoice for May');
    expect(out.text).toContain('Hello Dana,');
    expect(out.text).toContain('Open the invoice: https://p.test/documents/1');
    expect(out.html).toContain('href="https://p.test/documents/1"');
  });

  it('lists several documents with a count, and says how many more there are', () => {
    const out = renderDocumentNotice({
      organizationName: 'Acme Fire',
      contactFirstName: 'Dana',
      documents: [item(), item({ title: 'Second', kind: 'proposal', number: null, buildingName: null })],
      total: 5,
      url: 'https://p.test/documents',
    });
    expect(out.subject).toBe('5 new documents from Acme Fire');
    expect(out.text).toContain('- Annual fire inspection (inspection report · IR-1 · North Tower)');
    expect(out.text).toContain('- Second (proposal)');
    expect(out.text).toContain('…and 3 more.');
    expect(out.html).toContain('…and 3 more.');
    expect(out.text).toContain('See them in the portal: https://p.test/documents');
  });

  it('escapes every value in the HTML part, keeps the text part plain and the subject on one line', () => {
    const out = renderDocumentNotice({
      organizationName: 'A & B <Fire>',
      brandColor: 'red;background:url(x)',
      contactFirstName: '<img src=x>',
      documents: [
        item({ title: '<script>alert("x")</script>\r\nBcc: evil@x.test', url: 'https://p.test/d?a=1&b="2"' }),
      ],
      total: 1,
      url: 'https://p.test/d?a=1&b="2"',
    });
    expect(out.html).not.toContain('<script>');
    expect(out.html).not.toContain('<img');
    expect(out.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out.html).toContain('A &amp; B &lt;Fire&gt;');
    expect(out.html).toContain('href="https://p.test/d?a=1&amp;b=&quot;2&quot;"');
    expect(out.html).not.toContain('url(x)');
    expect(out.text).toContain('<script>alert("x")</script>');
    expect(out.subject).not.toMatch(/[\r\n]/);
  });

  it('words a notice of reminded invoices as a reminder, with a due or overdue line per invoice', () => {
    const due = item({ kind: 'invoice', title: 'May', reminder: { stage: 'due_soon', dueOn: '2026-12-03' } });
    const late = item({
      kind: 'invoice',
      title: 'April',
      reminder: { stage: 'overdue', dueOn: '2026-11-02' },
    });
    const one = renderDocumentNotice({
      organizationName: 'Acme Fire',
      contactFirstName: 'Dana',
      documents: [due],
      total: 1,
      url: 'https://p.test/documents/1',
    });
    expect(one.subject).toBe('Reminder from Acme Fire: May is due on 3 December 2026');
    expect(one.text).toContain('Due on 3 December 2026');
    expect(one.text).not.toContain('new');
    const two = renderDocumentNotice({
      organizationName: 'Acme Fire',
      contactFirstName: 'Dana',
      documents: [due, late],
      total: 2,
      url: 'https://p.test/documents',
    });
    expect(two.subject).toBe('Reminder from Acme Fire: 2 invoices due');
    expect(two.html).toContain('<strong>Overdue since 2 November 2026</strong>');
    // A new document alongside a reminder: the notice stays a "new documents" one, notes kept.
    const mixed = renderDocumentNotice({
      organizationName: 'Acme Fire',
      contactFirstName: 'Dana',
      documents: [due, item()],
      total: 2,
      url: 'https://p.test/documents',
    });
    expect(mixed.subject).toBe('2 new documents from Acme Fire');
    expect(mixed.text).toContain('Due on 3 December 2026');
  });
});
