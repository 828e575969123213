/**
 * Just enough MIME to read what nodemailer writes (headers, nested multipart, quoted-printable,
 * base64): the tests look for subjects and links, not for a faithful rendering.
 */
export interface MimeMessage {
  headers: Map<string, string>;
  /** Every text/plain and text/html part, decoded. */
  texts: string[];
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const at = raw.indexOf('\r\n\r\n');
  const head = at === -1 ? raw : raw.slice(0, at);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: at === -1 ? '' : raw.slice(at + 4) };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return part.body;
  const latin1 = part.body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

function leaves(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((section) => leaves(splitPart(section.replace(/^\r\n/, '').replace(/\r\n$/, ''))));
}

export function parseMime(raw: string): MimeMessage {
  const root = splitPart(raw);
  const texts = leaves(root)
    .filter((part) => (part.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith('text/'))
    .map(decodeBody);
  return { headers: root.headers, texts };
}

/** Every http(s) URL in the texts, HTML entities in attributes undone, without duplicates. */
export function linksIn(texts: readonly string[]): string[] {
  const found = texts.flatMap((text) => text.match(/https?:\/\/[^\s"'<>]+/g) ?? []);
  return [...new Set(found.map((link) => link.replaceAll('&amp;', '&')))];
}
