import { ensureSpace, MARGIN, type Pdf } from './layout';

export interface Column {
  header: string;
  /** Share of the usable page width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

const PAD = 4;
const FONT_SIZE = 8.5;

/**
 * A plain table: a shaded header row (repeated after each page break), then one row per record,
 * cells wrapping within their column. `highlight` marks rows to draw in red (e.g. overdue).
 */
export function drawTable(
  doc: Pdf,
  columns: readonly Column[],
  rows: readonly string[][],
  options: { headerColour: string; highlight?: (row: number) => boolean } = { headerColour: '#1d4ed8' },
): void {
  const usable = doc.page.width - 2 * MARGIN;
  const widths = columns.map((c) => c.width * usable);
  const cellHeight = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
    return Math.max(
      ...cells.map((text, i) => doc.heightOfString(text || ' ', { width: (widths[i] ?? 0) - 2 * PAD })),
    );
  };
  const drawRow = (cells: readonly string[], fill: string | null, colour: string, bold: boolean) => {
    const height = cellHeight(cells, bold) + 2 * PAD;
    const y = doc.y;
    if (fill) doc.rect(MARGIN, y, usable, height).fill(fill);
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(FONT_SIZE)
      .fillColor(colour);
    let x = MARGIN;
    cells.forEach((text, i) => {
      const width = widths[i] ?? 0;
      doc.text(text, x + PAD, y + PAD, { width: width - 2 * PAD, align: columns[i]?.align ?? 'left' });
      x += width;
    });
    doc.y = y + height;
  };
  const header = columns.map((c) => c.header);
  const drawHeader = () => drawRow(header, options.headerColour, '#ffffff', true);

  ensureSpace(doc, cellHeight(header, true) + 40);
  drawHeader();
  rows.forEach((cells, index) => {
    const height = cellHeight(cells, false) + 2 * PAD;
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      drawHeader();
    }
    const shaded = index % 2 === 1 ? '#f3f4f6' : null;
    drawRow(cells, shaded, options.highlight?.(index) ? '#b91c1c' : '#111827', false);
  });
  doc.x = MARGIN;
  doc.moveDown(0.8);
}
