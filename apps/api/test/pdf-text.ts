import { inflateSync } from 'node:zlib';

/** Pages in a PDF: page objects are written uncompressed even when their content streams are not. */
export const pdfPageCount = (body: Buffer) =>
  body.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

/**
 * The text shown in a pdfkit PDF, one string per page content stream: pdfkit deflates each stream
 * and writes the built-in fonts' text as hex strings inside TJ arrays.
 */
export function pdfTexts(body: Buffer): string[] {
  const raw = body.toString('latin1');
  const texts: string[] = [];
  // Each stream is cut by its dictionary's /Length, not by searching for "endstream": deflated
  // data ends with a random byte, and a trailing \r (1 in 256) read as part of a "\r\n" before
  // "endstream" truncated the stream, lost the page's text, and made tests fail at random.
  for (const match of raw.matchAll(/<<[^<>]*\/Length (\d+)[^<>]*>>\s*stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const data = body.subarray(start, start + Number(match[1]));
    let content: string;
    try {
      content = inflateSync(data).toString('latin1');
    } catch {
      continue;
    }
    const shown = [...content.matchAll(/\[([^\]]*)\]\s*TJ/g)].map((tj) =>
      [...(tj[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((hex) => Buffer.from(hex[1] ?? '', 'hex').toString('latin1'))
        .join(''),
    );
    if (shown.length > 0) texts.push(shown.join('\n'));
  }
  return texts;
}
