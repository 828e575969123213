import type { Capped, ReportDefect, ReportInvoice, ReportQuote } from '../report-data';
import { brandColour, createReportPdf, finishReportPdf, money, note, type Pdf, sectionTitle } from './layout';
import { drawTable } from './table';

export interface MonthlyReportContent {
  organizationName: string;
  brandColor: string;
  /** e.g. "March 2026" */
  monthLabel: string;
  viewName: string;
  generatedOn: string;
  /** null: the contact's access does not include the area, so the section is left out. */
  quotes: Capped<ReportQuote> | null;
  invoices: Capped<ReportInvoice> | null;
  defects: Capped<ReportDefect> | null;
}

const label = (value: string) => value.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());

function truncated(doc: Pdf, section: Capped<unknown>): void {
  if (section.total > section.rows.length) {
    note(doc, `Showing the first ${section.rows.length} of ${section.total}. The portal lists them all.`);
  }
}

function quotesSection(doc: Pdf, quotes: Capped<ReportQuote>, colour: string): void {
  sectionTitle(doc, 'Quotes issued', `${quotes.total} issued this month`);
  if (quotes.total === 0) {
    note(doc, 'None this month.');
    return;
  }
  drawTable(
    doc,
    [
      { header: 'Issued', width: 0.12 },
      { header: 'Number', width: 0.12 },
      { header: 'Title', width: 0.28 },
      { header: 'Property', width: 0.2 },
      { header: 'Status', width: 0.12 },
      { header: 'Amount', width: 0.16, align: 'right' },
    ],
    quotes.rows.map((q) => [
      q.issuedOn,
      q.number ?? '',
      `${q.title} (${label(q.kind)})`,
      q.buildingName,
      label(q.status),
      money(q.amount, q.currency),
    ]),
    { headerColour: colour },
  );
  truncated(doc, quotes);
}

function invoicesSection(doc: Pdf, invoices: Capped<ReportInvoice>, colour: string): void {
  const overdue = invoices.rows.filter((i) => i.overdue).length;
  sectionTitle(doc, 'Invoices issued', `${invoices.total} issued this month, ${overdue} overdue (in red)`);
  if (invoices.total === 0) {
    note(doc, 'None this month.');
    return;
  }
  drawTable(
    doc,
    [
      { header: 'Issued', width: 0.11 },
      { header: 'Number', width: 0.11 },
      { header: 'Title', width: 0.2 },
      { header: 'Property', width: 0.17 },
      { header: 'Due', width: 0.13 },
      { header: 'Amount', width: 0.14, align: 'right' },
      { header: 'Paid', width: 0.14, align: 'right' },
    ],
    invoices.rows.map((i) => [
      i.issuedOn,
      i.number ?? '',
      i.title,
      i.buildingName ?? i.accountName,
      i.overdue ? `${i.dueOn ?? ''} OVERDUE` : (i.dueOn ?? ''),
      money(i.amount, i.currency),
      money(i.amountPaid, i.currency),
    ]),
    { headerColour: colour, highlight: (row) => invoices.rows[row]?.overdue === true },
  );
  truncated(doc, invoices);
}

function defectsSection(doc: Pdf, defects: Capped<ReportDefect>, colour: string): void {
  sectionTitle(doc, 'Defects raised', `${defects.total} raised this month`);
  if (defects.total === 0) {
    note(doc, 'None this month.');
    return;
  }
  drawTable(
    doc,
    [
      { header: 'Raised', width: 0.11 },
      { header: 'Property', width: 0.17 },
      { header: 'Asset', width: 0.17 },
      { header: 'Severity', width: 0.13 },
      { header: 'Status', width: 0.1 },
      { header: 'Description', width: 0.32 },
    ],
    defects.rows.map((d) => [
      d.raisedOn,
      d.buildingName,
      d.assetName ? `${d.assetName} (${d.assetType})` : d.assetType,
      label(d.severity),
      label(d.status),
      d.description,
    ]),
    { headerColour: colour, highlight: (row) => defects.rows[row]?.severity === 'critical' },
  );
  truncated(doc, defects);
}

/** The monthly activity report: the month's quotes, invoices and defects, as far as access goes. */
export function renderMonthlyReport(content: MonthlyReportContent): Pdf {
  const doc = createReportPdf({
    organizationName: content.organizationName,
    brandColor: content.brandColor,
    title: 'Monthly activity report',
    subtitle: [content.monthLabel, content.viewName],
  });
  const colour = brandColour(content.brandColor);
  if (content.quotes) quotesSection(doc, content.quotes, colour);
  if (content.invoices) invoicesSection(doc, content.invoices, colour);
  if (content.defects) defectsSection(doc, content.defects, colour);
  if (!content.quotes && !content.invoices && !content.defects) {
    note(doc, 'Your access does not include quotes, invoices or defects.');
  }
  return finishReportPdf(doc, content.generatedOn);
}
