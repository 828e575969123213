import { escapeHtml, type RenderedEmail } from './render';

export interface DocumentNoticeItem {
  /** A document kind (inspection_report, service_report, proposal, invoice). */
  kind: string;
  title: string;
  number: string | null;
  buildingName: string | null;
  url: string;
  /** An invoice listed as a reminder: its stage and due date (YYYY-MM-DD). */
  reminder?: { stage: 'due_soon' | 'overdue'; dueOn: string } | null;
}

export interface DocumentNoticeContent {
  organizationName: string;
  /** The organization's brand colour (#rgb or #rrggbb); anything else falls back to a neutral blue. */
  brandColor?: string;
  contactFirstName: string;
  /** The documents to list (the newest ones when there are many). */
  documents: DocumentNoticeItem[];
  /** How many documents the notice covers, listed or not. */
  total: number;
  /** The button's target: the one document, or the portal's document list. */
  url: string;
  /** The contact's daily digest (documents held by their preferences) rather than an immediate notice. */
  digest?: boolean;
}

const kindLabels: Record<string, [singular: string, plural: string]> = {
  inspection_report: ['inspection report', 'inspection reports'],
  service_report: ['service report', 'service reports'],
  proposal: ['proposal', 'proposals'],
  invoice: ['invoice', 'invoices'],
};

function kindLabel(kind: string, plural = false): string {
  const labels = kindLabels[kind] ?? [kind.replace(/_/g, ' '), `${kind.replace(/_/g, ' ')}s`];
  return plural ? labels[1] : labels[0];
}

const DEFAULT_COLOR = '#1d4ed8';
/** Only a plain hex colour reaches the style attribute: the value is office-edited text. */
const safeColor = (color: string | undefined) =>
  color && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : DEFAULT_COLOR;

/** Subjects go into a header: no line breaks, whatever a name holds. */
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

/** "3 December 2026": the due date as written, whatever the server's time zone. */
const longDate = (isoDate: string) =>
  new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Where a reminded invoice stands: "due on 3 December 2026" / "overdue since 3 December 2026". */
function stageOf(item: DocumentNoticeItem): string | null {
  if (!item.reminder) return null;
  const when = longDate(item.reminder.dueOn);
  return item.reminder.stage === 'overdue' ? `overdue since ${when}` : `due on ${when}`;
}

/** The item's reminder line: "Due on 3 December 2026". */
function noteOf(item: DocumentNoticeItem): string | null {
  const stage = stageOf(item);
  return stage && `${stage[0]?.toUpperCase()}${stage.slice(1)}`;
}

/** "Fire inspection (No. IR-12) · North Tower" */
function describe(item: DocumentNoticeItem): { title: string; details: string } {
  const details = [kindLabel(item.kind), item.number, item.buildingName].filter(Boolean).join(' · ');
  return { title: item.title, details };
}

/** What is new, in words: "a new invoice", "3 new documents", "3 new invoices". */
function summary(content: DocumentNoticeContent): string {
  const kinds = new Set(content.documents.map((d) => d.kind));
  const [only] = kinds;
  if (content.total === 1 && only) return `a new ${kindLabel(only)}`;
  const noun =
    kinds.size === 1 && only && content.total === content.documents.length
      ? kindLabel(only, true)
      : 'documents';
  return `${content.total} new ${noun}`;
}

/**
 * The "new documents" email: one per contact per round of changes, listing the documents (their
 * titles come from the contractor's systems, so every value is HTML-escaped in the HTML part and
 * used as plain text in the text part) and one button to open them in the portal.
 */
export function renderDocumentNotice(content: DocumentNoticeContent): RenderedEmail {
  const org = content.organizationName;
  // Every listed document a reminder (invoices due or overdue): worded as one, not as "new".
  const reminder =
    !content.digest && content.documents.length > 0 && content.documents.every((d) => d.reminder);
  const what = reminder
    ? content.total === 1
      ? `an invoice that needs your attention`
      : `${content.total} invoices that need your attention`
    : summary(content);
  const single = content.total === 1 ? content.documents[0] : undefined;
  const singleStage = single ? stageOf(single) : null;
  const subject = oneLine(
    content.digest
      ? `Your daily summary from ${org}: ${what}`
      : reminder
        ? single && singleStage
          ? `Reminder from ${org}: ${single.title} is ${singleStage}`
          : `Reminder from ${org}: ${content.total} invoices due`
        : single
          ? `New ${kindLabel(single.kind)} from ${org}: ${single.title}`
          : `${what[0]?.toUpperCase()}${what.slice(1)} from ${org}`,
  );
  const intro = reminder
    ? `A reminder from ${org} about ${what} in the customer portal`
    : `${org} has shared ${what} with you in the customer portal`;
  const more = content.total - content.documents.length;
  const action = single ? `Open the ${kindLabel(single.kind)}` : 'See them in the portal';
  const color = safeColor(content.brandColor);

  const htmlItems = content.documents
    .map((item) => {
      const d = describe(item);
      const note = noteOf(item);
      const noteHtml = note ? `<br><strong>${escapeHtml(note)}</strong>` : '';
      return `<li style="margin:0 0 8px"><a href="${escapeHtml(item.url)}">${escapeHtml(d.title)}</a><br><span style="color:#555;font-size:13px">${escapeHtml(d.details)}</span>${noteHtml}</li>`;
    })
    .join('');
  const html = [
    `<p style="font-weight:bold;color:${color}">${escapeHtml(org)}</p>`,
    `<p>Hello ${escapeHtml(content.contactFirstName)},</p>`,
    `<p>${escapeHtml(intro)}.</p>`,
    `<ul style="padding-left:18px">${htmlItems}</ul>`,
    more > 0 ? `<p>…and ${more} more.</p>` : '',
    `<p><a href="${escapeHtml(content.url)}" style="display:inline-block;padding:10px 16px;background:${color};color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(action)}</a></p>`,
  ].join('');

  const textItems = content.documents.map((item) => {
    const d = describe(item);
    const note = noteOf(item);
    return `- ${d.title} (${d.details})${note ? `\n  ${note}` : ''}\n  ${item.url}`;
  });
  const text = [
    `Hello ${content.contactFirstName},`,
    `${intro}:`,
    textItems.join('\n') + (more > 0 ? `\n…and ${more} more.` : ''),
    `${action}: ${content.url}`,
  ].join('\n\n');

  return { subject, html, text };
}
