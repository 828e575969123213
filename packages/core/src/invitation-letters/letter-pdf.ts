import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { brandColour, MARGIN } from '../portal-dashboard/pdf/layout';
import type { LetterBatch, PrintedLetter } from './issue-letters';

type Pdf = PDFKit.PDFDocument;

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/**
 * The portal page a letter points to. The code rides in the URL so a phone camera lands on a
 * filled-in form: opening it only shows the page (the portal then drops it from the address
 * bar); entering the code takes a deliberate POST, so prefetchers and scanners consume nothing.
 */
export function letterCodeUrl(portalUrl: string, code: string): string {
  return `${portalUrl.replace(/\/+$/, '')}/code?c=${encodeURIComponent(code)}`;
}

/** One A4 page per letter, in one PDF; built in memory (a request prints at most 500). */
export async function renderLettersPdf(
  batch: LetterBatch,
  portalUrl: string,
  printedOn = new Date(),
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    autoFirstPage: false,
    info: { Title: 'Customer portal invitation', Author: batch.organization.name },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const letter of batch.letters) {
    doc.addPage();
    writeLetter(doc, batch.organization, letter, portalUrl, printedOn);
  }
  doc.end();
  return done;
}

function writeLetter(
  doc: Pdf,
  org: LetterBatch['organization'],
  letter: PrintedLetter,
  portalUrl: string,
  printedOn: Date,
): void {
  const width = doc.page.width - 2 * MARGIN;
  const colour = brandColour(org.brandColor);
  const codePage = `${portalUrl.replace(/\/+$/, '')}/code`;

  doc.rect(0, 0, doc.page.width, 70).fill(colour);
  doc
    .fillColor('#ffffff')
    .font('Helvetica-Bold')
    .fontSize(18)
    .text(org.name, MARGIN, 26, { width, lineBreak: false, ellipsis: true });

  // The recipient block sits where a windowed envelope shows it.
  doc.fillColor('#111827').font('Helvetica').fontSize(11);
  doc.text(letter.recipient.name, MARGIN, 110, { width: width / 2 });
  if (letter.recipient.accountName) doc.text(letter.recipient.accountName, { width: width / 2 });
  for (const line of letter.recipient.address) doc.text(line, { width: width / 2 });
  doc
    .fontSize(10)
    .fillColor('#4b5563')
    .text(dateFormat.format(printedOn), MARGIN, 110, { width, align: 'right' });

  doc
    .fillColor('#111827')
    .font('Helvetica-Bold')
    .fontSize(16)
    .text('Your invitation to our customer portal', MARGIN, 230, { width });
  doc.moveDown(0.6).font('Helvetica').fontSize(11);
  doc.text(`Dear ${letter.recipient.firstName},`, { width });
  doc.moveDown(0.5);
  doc.text(
    `${org.name} invites you to its customer portal: your reports, proposals and invoices in one place, on any device. Setting up your account takes a minute:`,
    { width },
  );
  doc.moveDown(0.5);
  doc.list(
    [
      `Scan the QR code with your phone's camera, or go to ${codePage}`,
      'Enter the code below.',
      'Choose a password. That is all.',
    ],
    { width: width - 20, bulletRadius: 2, textIndent: 12, bulletIndent: 4 },
  );

  const boxTop = doc.y + 24;
  const qrSize = 130;
  doc
    .roundedRect(MARGIN, boxTop, width, qrSize + 30, 6)
    .lineWidth(1)
    .strokeColor('#d1d5db')
    .stroke();
  doc
    .fillColor('#4b5563')
    .font('Helvetica')
    .fontSize(10)
    .text('Your code', MARGIN + 20, boxTop + 24);
  // Courier: fixed width, and its 0 and 1 are plain to read off paper.
  doc
    .fillColor('#111827')
    .font('Courier-Bold')
    .fontSize(30)
    .text(letter.code, MARGIN + 20, boxTop + 44, {
      lineBreak: false,
    });
  doc
    .fillColor('#4b5563')
    .font('Helvetica')
    .fontSize(10)
    .text(`Works once, until ${dateFormat.format(letter.expiresAt)}.`, MARGIN + 20, boxTop + 94);
  drawQr(doc, letterCodeUrl(portalUrl, letter.code), MARGIN + width - qrSize - 15, boxTop + 15, qrSize);

  doc
    .fillColor('#4b5563')
    .font('Helvetica')
    .fontSize(9)
    .text(
      'Keep this letter private: the code sets up your account. If it has expired or does not work, ask us for a new letter.',
      MARGIN,
      boxTop + qrSize + 50,
      { width },
    );
}

/** The QR code drawn as vector squares: sharp at any print size, no image encoding. */
function drawQr(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save().fillColor('#000000');
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}
