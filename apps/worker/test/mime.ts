/** Just enough MIME to read what nodemailer writes: headers, multipart, quoted-printable, base64. */
export interface ParsedEmail {
  headers: Map<string, string>;
  subject: string;
  messageId: string;
  text: string;
  html: string;
  /** Parts sent as attachments (report exports), decoded. */
  attachments: { filename: string; contentType: string; content: Buffer }[];
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const at = raw.indexOf('\r\n\r\n');
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? '' : raw.slice(at + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decode(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = part.body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return part.body;
}

function leaves(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!type.toLowerCase().startsWith('multipart/') || !boundary) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1, -1);
  return sections.flatMap((section) => leaves(splitPart(section.replace(/^\r\n/, '').replace(/\r\n$/, ''))));
}

export function parseEmail(raw: string): ParsedEmail {
  const root = splitPart(raw);
  const parts = leaves(root);
  const of = (type: string) =>
    parts
      .filter((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(type))
      .map(decode)[0] ?? '';
  return {
    headers: root.headers,
    subject: root.headers.get('subject') ?? '',
    messageId: root.headers.get('message-id') ?? '',
    text: of('text/plain'),
    html: of('text/html'),
    attachments: parts
      .filter((p) => (p.headers.get('content-disposition') ?? '').toLowerCase().startsWith('attachment'))
      .map((p) => ({
        filename: /filename="?([^";]+)"?/i.exec(p.headers.get('content-disposition') ?? '')?.[1] ?? '',
        contentType: (p.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '',
        content:
          (p.headers.get('content-transfer-encoding') ?? '').toLowerCase() === 'base64'
            ? Buffer.from(p.body.replace(/\s+/g, ''), 'base64')
            : Buffer.from(decode(p), 'utf8'),
      })),
  };
}
