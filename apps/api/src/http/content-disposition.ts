/**
 * `Content-Disposition` per RFC 6266: a plain ASCII `filename` for old clients and the exact name
 * as `filename*` (RFC 8187, UTF-8, percent-encoded). Quotes, backslashes and control characters
 * never reach the header, so a stored filename cannot inject parameters or split the header.
 */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const printable = [...filename].filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f);
  // A lone surrogate would make encodeURIComponent throw.
  const clean =
    printable
      .join('')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '_')
      .trim() || 'document.pdf';
  const ascii = clean.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(clean).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
