import PDFDocument from 'pdfkit';

/**
 * The look shared by the portal's report PDFs: A4, the organization's name on a band of its brand
 * colour, a section heading style and page numbers. Only the built-in Helvetica is used, so no
 * font file ships with the app.
 */
export type Pdf = PDFKit.PDFDocument;

export const MARGIN = 40;
const FALLBACK_COLOUR = '#1d4ed8';

/** The brand colour when it is a plain `#rrggbb` (settings enforce it; old rows may not). */
export const brandColour = (colour: string | null | undefined) =>
  colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : FALLBACK_COLOUR;

export interface ReportHeader {
  organizationName: string;
  brandColor: string;
  title: string;
  /** Lines under the title: the period, the view. */
  subtitle: string[];
}

export function createReportPdf(header: ReportHeader): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${header.title} - ${header.subtitle[0] ?? ''}`, Author: header.organizationName },
  });
  const colour = brandColour(header.brandColor);
  const width = doc.page.width;
  doc.rect(0, 0, width, 70).fill(colour);
  doc
    .fillColor('#ffffff')
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(header.organizationName, MARGIN, 26, {
      width: width - 2 * MARGIN,
      lineBreak: false,
      ellipsis: true,
    });
  doc.fillColor('#111827').font('Helvetica-Bold').fontSize(16).text(header.title, MARGIN, 90);
  doc.font('Helvetica').fontSize(10).fillColor('#4b5563');
  for (const line of header.subtitle) doc.text(line);
  doc.moveDown(1);
  return doc;
}

export function sectionTitle(doc: Pdf, title: string, summary?: string): void {
  ensureSpace(doc, 60);
  doc.x = MARGIN;
  doc.moveDown(0.5).fillColor('#111827').font('Helvetica-Bold').fontSize(12).text(title);
  if (summary) doc.font('Helvetica').fontSize(9).fillColor('#4b5563').text(summary);
  doc.moveDown(0.3);
}

export function note(doc: Pdf, text: string): void {
  doc.x = MARGIN;
  doc.font('Helvetica-Oblique').fontSize(9).fillColor('#6b7280').text(text);
  doc.moveDown(0.5);
}

/** Starts a new page when fewer than `height` points are left above the bottom margin. */
export function ensureSpace(doc: Pdf, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

/** Writes "Page n of m" and the generation date on every page, then ends the document. */
export function finishReportPdf(doc: Pdf, generatedOn: string): Pdf {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Text below the bottom margin would otherwise start a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor('#6b7280')
      .text(
        `Generated ${generatedOn}  ·  Page ${i + 1} of ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN + 12,
        { width: doc.page.width - 2 * MARGIN, align: 'right', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return doc;
}

/** A money amount for a table cell; an unknown currency code falls back to "12.50 XYZ". */
export function money(amount: number | null, currency: string): string {
  if (amount === null) return '-';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}
